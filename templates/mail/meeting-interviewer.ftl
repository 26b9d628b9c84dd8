Здравствуйте!

<#if kind == "cancelled">Интервью с кандидатом ${candidate} на позицию «${position}», назначенное на ${moscowTime} (время московское), отменено.<#else><#if kind == "reminder">Напоминаем: завтра интервью с кандидатом ${candidate} на позицию «${position}».<#elseif kind == "rescheduled">Интервью с кандидатом ${candidate} на позицию «${position}» перенесено.<#else>Вы приглашены интервьюером на встречу с кандидатом ${candidate} на позицию «${position}».</#if>

Когда: ${moscowTime} по московскому времени<#if localTime??>
       ${localTime} (${zone}, время вакансии)</#if>
Продолжительность: ${minutes} мин.
<#if place??>Где: ${place}</#if><#if videoLink??>Ссылка на видеовстречу: ${videoLink}</#if>
Интервьюеры: ${interviewers}

Карточка кандидата и интервью по плану вакансии:
${cardUrl}

Приглашение для календаря приложено к письму (файл .ics).</#if>

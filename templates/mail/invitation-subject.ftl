${company}: онлайн-оценка на позицию «${position}»

package ru.rop.portal.interview;

import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewKitRepository extends JpaRepository<InterviewKit, Long> {
}

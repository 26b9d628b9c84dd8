package ru.rop.portal.outcomes;

import org.springframework.data.jpa.repository.JpaRepository;

interface HireRepository extends JpaRepository<Hire, Long> {
}

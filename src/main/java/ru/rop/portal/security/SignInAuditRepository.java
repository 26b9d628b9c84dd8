package ru.rop.portal.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignInAuditRepository extends JpaRepository<SignInAudit, Long> {

    List<SignInAudit> findTop50ByEmailOrderByOccurredAtDesc(String email);
}

package ru.rop.portal.retention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DestructionActRepository extends JpaRepository<DestructionAct, Long> {

    @Query(value = "SELECT NEXT VALUE FOR destruction_act_number", nativeQuery = true)
    long nextNumber();

    List<DestructionAct> findAllByOrderByIdDesc();
}

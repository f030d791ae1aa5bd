package org.assay.cap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a corrective action's history. */
@Entity
@Table(name = "corrective_action_event")
public class CorrectiveActionEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "action_id", nullable = false)
    public UUID actionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionEventKind kind;
    public String note;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_ids", nullable = false)
    public UUID[] evidenceIds = new UUID[0];
    @Column(nullable = false)
    public String author;
    @Column(name = "author_org", nullable = false)
    public UUID authorOrg;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}

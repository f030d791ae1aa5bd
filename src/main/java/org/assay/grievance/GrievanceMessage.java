package org.assay.grievance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One message of a grievance, in one of its two channels (append-only). */
@Entity
@Table(name = "grievance_message")
public class GrievanceMessage {
    @Id
    public UUID id;
    @Column(name = "grievance_id", nullable = false)
    public UUID grievanceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageAuthor author;
    @Column(nullable = false)
    public String body;
    @Column(name = "author_subject")
    public String authorSubject;
    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}

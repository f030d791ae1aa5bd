package org.assay.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** A theme, topic or aspect of a framework version (tiers 1–3). */
@Entity
@Table(name = "framework_node")
public class FrameworkNode extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "version_id", nullable = false)
    public UUID versionId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NodeTier tier;
    @Column(nullable = false)
    public String code;
    @Column(name = "title_en", nullable = false)
    public String titleEn;
    @Column(name = "title_zh", nullable = false)
    public String titleZh;
    @Column(name = "title_fr")
    public String titleFr;
    @Column(name = "title_es")
    public String titleEs;
    @Column(name = "title_pt")
    public String titlePt;
    @Column(name = "title_id")
    public String titleId;

    /** The title in {@code lang}, English where it has no translation. */
    public String title(Language lang) {
        return Language.orEnglish(switch (lang) {
            case EN -> titleEn;
            case ZH -> titleZh;
            case FR -> titleFr;
            case ES -> titleEs;
            case PT -> titlePt;
            case ID -> titleId;
        }, titleEn);
    }

    /** The titles beyond English and Chinese, for the document. */
    public java.util.Map<Language, String> addedTitles() {
        java.util.Map<Language, String> m = new java.util.EnumMap<>(Language.class);
        if (titleFr != null) m.put(Language.FR, titleFr);
        if (titleEs != null) m.put(Language.ES, titleEs);
        if (titlePt != null) m.put(Language.PT, titlePt);
        if (titleId != null) m.put(Language.ID, titleId);
        return m;
    }

    public void setAddedTitles(java.util.Map<Language, String> m) {
        titleFr = m.get(Language.FR);
        titleEs = m.get(Language.ES);
        titlePt = m.get(Language.PT);
        titleId = m.get(Language.ID);
    }
    /** Theme weight in the overall score (1 for topics and aspects). */
    @Column(nullable = false)
    public BigDecimal weight;
    @Column(nullable = false)
    public int position;
}

package org.assay.framework.api;

import io.smallrye.graphql.api.Deprecated;
import java.time.Instant;
import java.util.UUID;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Ignore;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.VersionStatus;
import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.ScoringRules;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A framework version as the schema shows it; a Node ({@link FrameworkVersionNodes}). */
@Name("FrameworkVersion")
@Description("One version of the jointly agreed assessment criteria: a four-tier tree of themes, topics, aspects and indicators, "
        + "with its scoring rules. Published and retired versions never change.")
public record VersionView(
        @NonNull @Id @Description("Global id; assessments record the version they used.") String id,
        @NonNull @Description("Version number, major.minor, e.g. \"1.0\". For the draft: provisional, decided at publication.") String number,
        @Description("Major version number; bumped when the set of essential indicators changes.") int major,
        @Description("Minor version number.") int minor,
        @NonNull @Description("Name of the framework.") String name,
        @NonNull @Description("DRAFT (being prepared), PUBLISHED (in force) or RETIRED (superseded).") VersionStatus status,
        @Id @Deprecated(reason = "Use `basedOnVersion { id }`: a framework version's id is its global id now; this field keeps the legacy raw id until it is removed.")
        @Description("Legacy raw id of the version this one was prepared from, if any.") String basedOnVersionId,
        @Deprecated(reason = "Use `basedOnVersion { number }`.") @Description("Number of the version this one was prepared from, if any.") String basedOnVersionNumber,
        @NonNull @Description("When the version was created (draft started or imported).") Instant createdAt,
        @Description("When it was published; null for the draft.") Instant publishedAt,
        @Description("When it was retired (superseded by a newer published version); null otherwise.") Instant retiredAt,
        @NonNull @Description("Rating bands and caps used to score assessments against this version.") ScoringRulesView scoringRules,
        @Description("Number of indicators.") int indicatorCount,
        @Description("Number of ESSENTIAL indicators.") int essentialIndicatorCount,
        @Ignore UUID key,
        @Ignore UUID basedOnKey) implements Node {

    /** The node type of framework versions: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("FrameworkVersion");

    static VersionView of(FrameworkVersion v, long[] counts, String basedOnNumber, ScoringRules rules) {
        return new VersionView(TYPE.id(v.id), v.label(), v.major, v.minor, v.name, v.status,
                v.basedOnId == null ? null : v.basedOnId.toString(), basedOnNumber, v.createdAt, v.publishedAt, v.retiredAt,
                ScoringRulesView.of(rules), (int) counts[0], (int) counts[1], v.id, v.basedOnId);
    }
}

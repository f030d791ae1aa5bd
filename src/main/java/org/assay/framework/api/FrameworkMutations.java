package org.assay.framework.api;

import jakarta.inject.Inject;
import java.util.List;
import org.assay.framework.FrameworkEditor;
import org.assay.framework.FrameworkImporter;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.governance.GovernanceService;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** The operator's import, publication and discarding of drafts. The guard opens each one's transaction. */
@GraphQLApi
@Allow(Role.OPERATOR)
public class FrameworkMutations {

    @Inject
    FrameworkEditor editor;

    @Inject
    FrameworkImporter importer;

    @Inject
    GovernanceService governance;

    @Inject
    FrameworkVersionViews views;

    @Inject
    Caller caller;



    @Mutation
    @Description("Import a whole framework version from a JSON document (the format of the export, see docs/api/framework.md). "
            + "Validated completely: every problem is a user error whose `field` is its JSON path, e.g. "
            + "`themes[2].topics[0].aspects[1].indicators[3].answerType`; nothing is imported unless all of it is valid. The very "
            + "first version is published at once with the document's number; any later import becomes the draft (refused while "
            + "a draft exists) and gets its number when published. Operator only.")
    public ImportFrameworkPayload importFramework(@NonNull @Description("The document.") ImportFrameworkInput input) {
        governance.closeDue();
        FrameworkImporter.Imported imported = importer.importDocument(input.document, caller.subject());
        return ImportFrameworkPayload.of(views.view(imported.version()), imported.published());
    }

    @Mutation
    @Description("Publish the draft version. It becomes the version in force and immutable; the previously published version "
            + "is retired. Its number: a new major version (x+1.0) when the set of essential indicators changed (an essential "
            + "indicator added, retired or reclassified either way), a new minor version (x.y+1) otherwise. Operator only.")
    public PublishFrameworkPayload publishFrameworkDraft(@NonNull @Description("The draft to publish.") FrameworkVersionRefInput input) {
        governance.closeDue();
        editor.lock();
        FrameworkVersion draft = editor.requireDraft(VersionView.TYPE.parseInput("input.versionId", input.versionId), "input.versionId");
        FrameworkEditor.Publication p = editor.publish(draft, caller.subject());
        return new PublishFrameworkPayload(views.view(p.version()), p.previous() == null ? null : views.view(p.previous()), p.bump(),
                p.diff().added().size(), p.diff().changed().size(), p.diff().retired().size(), List.of());
    }

    @Mutation
    @Description("Delete the draft version and its content, e.g. after an import that should not be published. Refused "
            + "(HAS_ADOPTED_CHANGES) once adopted change proposals were applied to it. Operator only.")
    public FrameworkVersionPayload discardFrameworkDraft(@NonNull @Description("The draft to discard.") FrameworkVersionRefInput input) {
        governance.closeDue();
        editor.lock();
        FrameworkVersion draft = editor.requireDraft(VersionView.TYPE.parseInput("input.versionId", input.versionId), "input.versionId");
        VersionView before = views.view(draft);
        editor.discard(draft);
        return new FrameworkVersionPayload(before, List.of());
    }
}

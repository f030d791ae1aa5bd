package org.assay.cap.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A note on an action, with optional evidence. */
@Name("ActionNoteInput")
@Description("A note on an action, with optional evidence.")
public class ActionNoteInput {
    @NonNull @Id @Description("The action.") public String actionId;
    @Description("The note.") public String note;
    @Description("Uploaded evidence documents.") public List<@NonNull String> evidenceDocumentIds;
}

-- Evidence documents: metadata in `document`, the bytes in `document_content` (so listing and
-- checking metadata never reads the files).

create table document (
    id                       uuid primary key,
    name                     text        not null check (length(name) between 1 and 255),
    media_type               text        not null,
    size_bytes               bigint      not null check (size_bytes >= 0),
    sha256                   text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by              text        not null,
    uploader_organisation_id uuid        not null references organisation (id),
    -- The supplier the document is about, if any: its people may read it.
    supplier_id              uuid references organisation (id),
    uploaded_at              timestamptz not null,
    -- Re-uploading the same bytes from the same organisation returns the existing document.
    constraint document_once_per_organisation unique (uploader_organisation_id, sha256)
);
create index document_supplier_idx on document (supplier_id) where supplier_id is not null;

create table document_content (
    document_id uuid primary key references document (id),
    bytes       bytea not null
);

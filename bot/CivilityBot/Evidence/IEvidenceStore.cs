namespace CivilityBot.Evidence;

/// <summary>
/// Evidence files and their audit trail. Content is streamed in (<see cref="StageAsync"/>, then <see cref="Add"/>) and
/// out (<see cref="OpenContent"/>), never held whole in memory; identical content is kept once (by SHA-256). Removal
/// marks the record and writes an audit line; neither the record nor the bytes are erased.
/// </summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Copies <paramref name="content"/> into a temporary file, hashing it, and stops reading after
    /// <paramref name="maxBytes"/> + 1 bytes (then <see cref="StagedEvidence.TooLarge"/>). Throws what the stream throws
    /// when it is cut off; nothing is left behind then.
    /// </summary>
    Task<StagedEvidence> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Makes a staged file part of a sub-criterion (one audit line); stores the bytes unless already stored.</summary>
    EvidenceFile Add(StagedEvidence staged, EvidenceFileInfo info);

    EvidenceFile? Find(string fileId);

    /// <summary>The current (not removed) files of a sub-criterion, oldest first.</summary>
    IReadOnlyList<EvidenceFile> FilesOf(string subCriterionId);

    /// <summary>All current files, by sub-criterion then upload time.</summary>
    IReadOnlyList<EvidenceFile> AllFiles();

    /// <summary>Takes a file off its sub-criterion; false when unknown or already removed.</summary>
    bool Remove(string fileId, string removedBy, DateTimeOffset at);

    /// <summary>Reads the stored bytes of <paramref name="sha256"/> from the start; throws FileNotFoundException if unknown.</summary>
    Stream OpenContent(string sha256);

    /// <summary>How many distinct contents are stored (after de-duplication).</summary>
    int StoredContentCount();

    /// <summary>Appends an audit line written by another part of the feature (reviews, requirements).</summary>
    void AppendAudit(EvidenceAuditEntry entry);

    /// <summary>The audit trail, oldest first; of one sub-criterion when <paramref name="subCriterionId"/> is given.</summary>
    IReadOnlyList<EvidenceAuditEntry> Audit(string? subCriterionId = null);
}

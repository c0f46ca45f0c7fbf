namespace CivilityBot.Evidence;

/// <summary>
/// Where one sub-criterion's evidence stands: its files, the requirement in force, what is still missing (empty when
/// complete) and the latest review. A review speaks of the files it saw: once files are added or removed it is no
/// longer current and the evidence waits for a fresh review.
/// </summary>
public sealed record EvidenceStatus(
    string SubCriterionId, IReadOnlyList<EvidenceFile> Files, EvidenceRequirement Requirement, bool HasDescription, EvidenceReview? Review)
{
    /// <summary>Photos still needed to meet the requirement (0 when enough).</summary>
    public int MissingPhotos => Math.Max(0, Requirement.Photos - Files.Count(file => file.Kind == EvidenceKind.Photo));

    /// <summary>Documents still needed to meet the requirement (0 when enough).</summary>
    public int MissingDocuments => Math.Max(0, Requirement.Documents - Files.Count(file => file.Kind == EvidenceKind.Document));

    public bool MissingDescription => Requirement.Description && !HasDescription;

    /// <summary>"Evidence complete": the requirement is met.</summary>
    public bool IsComplete => MissingPhotos == 0 && MissingDocuments == 0 && !MissingDescription;

    /// <summary>What is missing in words ("2 张照片", "1 份文件", "文字说明"), or in English.</summary>
    public IReadOnlyList<string> Missing(bool english)
    {
        var missing = new List<string>();
        if (MissingPhotos > 0) missing.Add(english ? $"{MissingPhotos} photo(s)" : $"{MissingPhotos} 张照片");
        if (MissingDocuments > 0) missing.Add(english ? $"{MissingDocuments} document(s)" : $"{MissingDocuments} 份文件");
        if (MissingDescription) missing.Add(english ? "a written description" : "文字说明");
        return missing;
    }

    public bool ReviewIsCurrent => Review is { } review && review.FileCount == Files.Count && review.LastFileNumber == LastFileNumber;

    public bool IsAccepted => ReviewIsCurrent && Review!.State == EvidenceReviewState.Accepted;

    public bool IsReturned => ReviewIsCurrent && Review!.State == EvidenceReviewState.Returned;

    /// <summary>The <see cref="EvidenceFile.Number"/> of the newest current file; 0 when none.</summary>
    public int LastFileNumber => Files.Count == 0 ? 0 : Files.Max(file => file.Number);
}

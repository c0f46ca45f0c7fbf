namespace CivilityBot.Evidence;

/// <summary>
/// What counts as enough evidence for one sub-criterion: at least <see cref="Photos"/> photos, <see cref="Documents"/>
/// documents, and a written description (the checklist's evidence field) when <see cref="Description"/>.
/// </summary>
public sealed record EvidenceRequirement
{
    /// <summary>The sub-criterion id ("16.1"), the LiteDB id.</summary>
    public required string Id { get; init; }

    public int Photos { get; init; }

    public int Documents { get; init; }

    public bool Description { get; init; }

    /// <summary>The coordinator who set it; null for the default by evaluation method.</summary>
    public string? SetBy { get; init; }

    public DateTimeOffset? SetAt { get; init; }
}

namespace CivilityBot.People;

/// <summary>A roster person's Teams identity. The AAD object id is the key; the Teams user id (29:…) when known.</summary>
public sealed record PersonLink
{
    /// <summary>The roster name (the LiteDB id).</summary>
    public required string Id { get; init; }

    public string? AadObjectId { get; init; }

    public string? TeamsUserId { get; init; }

    public string? TenantId { get; init; }

    public DateTimeOffset LinkedAt { get; init; }

    /// <summary>"auto" for a display-name match, "data" for ids from the campaign file, else the coordinator's name.</summary>
    public string LinkedBy { get; init; } = "auto";
}

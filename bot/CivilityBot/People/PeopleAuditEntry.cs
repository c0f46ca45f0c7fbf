namespace CivilityBot.People;

/// <summary>One change to identity links or roles: who did what to whom, and when (UTC). Append-only.</summary>
public sealed record PeopleAuditEntry
{
    /// <summary>The actor of changes the service makes on its own (initial roles, links from the data).</summary>
    public const string System = "系统";

    public int Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string ActorName { get; init; }

    public string? ActorAadObjectId { get; init; }

    /// <summary>One of <see cref="PeopleAuditActions"/>.</summary>
    public required string Action { get; init; }

    public required string PersonName { get; init; }

    /// <summary>The identity or role concerned, readable by a coordinator.</summary>
    public string? Detail { get; init; }
}

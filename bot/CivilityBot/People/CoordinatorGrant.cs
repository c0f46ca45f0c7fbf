namespace CivilityBot.People;

/// <summary>A roster person holding the coordinator role; the role is data, granted and revoked from chat.</summary>
public sealed record CoordinatorGrant
{
    /// <summary>The roster name (the LiteDB id).</summary>
    public required string Id { get; init; }

    /// <summary>The coordinator who granted it, or <see cref="PeopleAuditEntry.System"/> for the initial roles.</summary>
    public required string GrantedBy { get; init; }

    public DateTimeOffset GrantedAt { get; init; }
}

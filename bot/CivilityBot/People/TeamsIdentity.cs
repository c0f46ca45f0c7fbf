namespace CivilityBot.People;

/// <summary>The ids that identify a Teams user: the AAD object id when known, else the Teams user id (29:…).</summary>
public sealed record TeamsIdentity(string? AadObjectId, string? TeamsUserId, string? TenantId)
{
    public bool IsEmpty => string.IsNullOrEmpty(AadObjectId) && string.IsNullOrEmpty(TeamsUserId);

    public string Describe() => AadObjectId ?? TeamsUserId ?? string.Empty;
}

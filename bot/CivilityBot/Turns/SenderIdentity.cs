namespace CivilityBot.Turns;

/// <summary>
/// Who sent the turn, resolved once by the turn pipeline and handed to every command and card action.
/// </summary>
/// <param name="PersonName">The roster name the Teams account is linked to; null when it is linked to nobody.</param>
/// <param name="IsCoordinator">
/// True only when the person holds the coordinator role AND the link is verified (made from an AAD object id in the data,
/// by a coordinator, by a directory match or by the bootstrap setting): a display-name link never carries a role.
/// </param>
/// <param name="AadObjectId">The sender's Entra object id, when Teams sent one.</param>
/// <param name="TeamsUserId">The sender's Teams user id (29:…).</param>
/// <param name="DisplayName">The name Teams showed, for messages to people who are not on the roster.</param>
public sealed record SenderIdentity(string? PersonName, bool IsCoordinator, string? AadObjectId, string? TeamsUserId = null, string? DisplayName = null)
{
    /// <summary>Nobody: no sender account on the activity.</summary>
    public static SenderIdentity Unknown { get; } = new(null, false, null);

    public bool IsOnRoster => PersonName is not null;

    /// <summary>The person holds the coordinator role, but their account was linked by display name only, so it is not in force.</summary>
    public bool RoleAwaitsVerifiedLink { get; init; }
}

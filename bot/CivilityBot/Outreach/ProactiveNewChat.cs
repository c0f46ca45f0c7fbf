namespace CivilityBot.Outreach;

/// <summary>What creating a 1:1 chat needs: the user's Teams id, our bot id, the tenant and a trusted service URL.</summary>
public sealed record ProactiveNewChat(
    string UserId,
    string? AadObjectId,
    string? UserName,
    string BotId,
    string TenantId,
    string ServiceUrl,
    bool ServiceUrlVerified);

using CivilityBot.Protocol.Schema;

namespace CivilityBot.People;

/// <summary>
/// Works out which Teams account a coordinator means in 关联: an AAD object id, a Teams user id (29:…), or an @mention
/// (the pipeline has already replaced the mention's text by a name, so the account comes from the mention entity).
/// </summary>
public static class LinkTargetReader
{
    public static TeamsIdentity? Read(string target, Activity activity)
    {
        var text = target.Trim();
        var tenant = activity.GetTenantId();
        if (PeopleCommandPatterns.AadObjectId().IsMatch(text))
        {
            return new TeamsIdentity(text, null, tenant);
        }

        if (text.StartsWith("29:", StringComparison.Ordinal))
        {
            return new TeamsIdentity(null, text, tenant);
        }

        return MentionedUser(activity) is { } mentioned ? new TeamsIdentity(mentioned.AadObjectId, mentioned.Id, tenant) : null;
    }

    /// <summary>The first user mentioned who is not the bot itself.</summary>
    private static (string Id, string? AadObjectId)? MentionedUser(Activity activity)
    {
        foreach (var mention in activity.Mentions())
        {
            if (mention.Id is { Length: > 0 } userId && userId != activity.Recipient?.Id)
            {
                return (userId, mention.AadObjectId);
            }
        }

        return null;
    }
}

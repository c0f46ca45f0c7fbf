using System.Text.Json;
using CivilityBot.Conversations;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.People;

/// <summary>
/// Works out which Teams account a coordinator means in 关联: an @mention, an AAD object id, or a Teams user id;
/// ids the bot has seen before are completed from the stored conversation references.
/// </summary>
public sealed class LinkTargetReader(IConversationReferenceStore references)
{
    public TeamsIdentity? Read(string target, Activity activity)
    {
        var text = target.Trim();
        var tenant = activity.GetTenantId();
        if (text.Contains("<at>", StringComparison.OrdinalIgnoreCase))
        {
            return MentionedUser(activity) is { } mentioned ? Complete(mentioned.Id, mentioned.AadObjectId, tenant) : null;
        }

        if (PeopleCommandPatterns.AadObjectId().IsMatch(text))
        {
            var known = First(references.FindByAadObjectId(text));
            return new TeamsIdentity(text, known?.UserId, known?.TenantId ?? tenant);
        }

        return text.StartsWith("29:", StringComparison.Ordinal) ? Complete(text, null, tenant) : null;
    }

    private TeamsIdentity Complete(string userId, string? aadObjectId, string? tenant)
    {
        var known = First(references.FindByUserId(userId));
        return new TeamsIdentity(aadObjectId ?? known?.AadObjectId, userId, known?.TenantId ?? tenant);
    }

    private static ConversationReferenceRecord? First(IReadOnlyList<ConversationReferenceRecord> found) => found.Count > 0 ? found[0] : null;

    /// <summary>The first user mentioned who is not the bot itself.</summary>
    private static (string Id, string? AadObjectId)? MentionedUser(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.ValueEquals("mention")
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } userId
                && userId != activity.Recipient?.Id)
            {
                var aad = mentioned.TryGetProperty("aadObjectId", out var value) ? value.GetString() : null;
                return (userId, aad);
            }
        }

        return null;
    }
}

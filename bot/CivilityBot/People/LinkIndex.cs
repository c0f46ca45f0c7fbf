using System.Collections.Concurrent;

namespace CivilityBot.People;

/// <summary>The identity links in memory, by roster name, AAD object id and Teams user id; replaced whole when reloaded.</summary>
internal sealed class LinkIndex
{
    public ConcurrentDictionary<string, PersonLink> ByPerson { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, string> ByAadObjectId { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<string, string> ByTeamsUserId { get; } = new(StringComparer.Ordinal);

    public void Add(PersonLink link)
    {
        ByPerson[link.Id] = link;
        if (link.AadObjectId is { Length: > 0 } aad)
        {
            ByAadObjectId[aad] = link.Id;
        }

        if (link.TeamsUserId is { Length: > 0 } userId)
        {
            ByTeamsUserId[userId] = link.Id;
        }
    }

    public void Remove(PersonLink link)
    {
        ByPerson.TryRemove(link.Id, out _);
        if (link.AadObjectId is { Length: > 0 } aad)
        {
            ByAadObjectId.TryRemove(aad, out _);
        }

        if (link.TeamsUserId is { Length: > 0 } userId)
        {
            ByTeamsUserId.TryRemove(userId, out _);
        }
    }
}

using System.Collections.Concurrent;
using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.People;

/// <summary>
/// Roster identity over LiteDB, with the links cached in memory: resolving a sender costs a dictionary lookup on every
/// turn, and only the service writes links, so the cache cannot go stale.
/// </summary>
public sealed partial class PeopleDirectory : IPeopleDirectory
{
    private readonly IPeopleStore _store;
    private readonly Campaign _campaign;
    private readonly CoordinatorRoles _roles;
    private readonly PeopleOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PeopleDirectory> _logger;
    private readonly Lock _writeGate = new();
    private readonly ConcurrentDictionary<string, PersonLink> _byPerson = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _byAadObjectId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _byTeamsUserId = new(StringComparer.Ordinal);

    public PeopleDirectory(
        IPeopleStore store, Campaign campaign, CoordinatorRoles roles, IOptions<PeopleOptions> options,
        TimeProvider time, ILogger<PeopleDirectory> logger)
    {
        (_store, _campaign, _roles, _options, _time, _logger) = (store, campaign, roles, options.Value, time, logger);
        foreach (var link in store.Links())
        {
            Cache(link);
        }
    }

    public string? ResolvePerson(ConversationReferenceRecord? sender)
    {
        if (sender is null)
        {
            return null;
        }

        if (sender.AadObjectId is { Length: > 0 } aad && _byAadObjectId.TryGetValue(aad, out var byAad))
        {
            return byAad;
        }

        return _byTeamsUserId.TryGetValue(sender.UserId, out var byUserId)
            ? CompleteLink(byUserId, sender)
            : LinkOnFirstContact(sender);
    }

    public PersonLink? FindLink(string personName) => _byPerson.GetValueOrDefault(PersonNames.Normalize(personName));

    public bool IsCoordinator(string personName) => _roles.IsCoordinator(personName);

    public IReadOnlyList<PersonLink> Links() => [.. _byPerson.Values.OrderBy(link => link.Id, StringComparer.Ordinal)];

    /// <summary>A coordinator links a roster person to a Teams identity, replacing the person's previous link.</summary>
    public LinkOutcome Link(string personName, TeamsIdentity identity, string actorName, string? actorAadObjectId)
    {
        var link = NewLink(personName, identity, actorName);
        return Write(link, Audit(PeopleAuditActions.Link, personName, identity.Describe(), actorName, actorAadObjectId), replace: true);
    }

    /// <summary>
    /// Links a roster person to the AAD object id the user directory gave for the UPN in the campaign data; it never
    /// replaces an existing link, so a coordinator's choice wins.
    /// </summary>
    public LinkOutcome LinkFromDirectory(string personName, string aadObjectId)
    {
        var link = NewLink(personName, new TeamsIdentity(aadObjectId, null, null), PersonLinkOrigins.Data);
        var outcome = Write(link, Audit(PeopleAuditActions.DataLink, personName, aadObjectId, PeopleAuditEntry.System, null), replace: false);
        if (outcome.Status == LinkStatus.Linked)
        {
            LogAutoLinked(_logger, personName, PeopleAuditActions.DataLink);
        }

        return outcome;
    }

    /// <summary>False when the person was not linked.</summary>
    public bool Unlink(string personName, string actorName, string? actorAadObjectId)
    {
        lock (_writeGate)
        {
            var previous = FindLink(personName);
            if (previous is null || !_store.Unlink(previous.Id, Audit(
                PeopleAuditActions.Unlink, previous.Id, previous.AadObjectId ?? previous.TeamsUserId, actorName, actorAadObjectId)))
            {
                return false;
            }

            Forget(previous);
            return true;
        }
    }

    private string? LinkOnFirstContact(ConversationReferenceRecord sender)
    {
        var identity = new TeamsIdentity(NullIfEmpty(sender.AadObjectId), sender.UserId, sender.TenantId);
        if (FromData(identity.AadObjectId) is { } named)
        {
            return TryLinkAutomatically(named.Name, identity, PeopleAuditActions.DataLink, PersonLinkOrigins.Data);
        }

        if (!_options.AutoLinkByName || sender.UserName is not { Length: > 0 } displayName
            || _campaign.FindPerson(displayName) is not { } person || _byPerson.ContainsKey(person.Name))
        {
            return null;
        }

        return TryLinkAutomatically(person.Name, identity, PeopleAuditActions.AutoLink, PersonLinkOrigins.Auto);
    }

    private string? TryLinkAutomatically(string personName, TeamsIdentity identity, string action, string linkedBy)
    {
        var link = NewLink(personName, identity, linkedBy);
        var audit = Audit(action, personName, identity.Describe(), PeopleAuditEntry.System, null);
        var outcome = Write(link, audit, replace: false);
        if (outcome.Status == LinkStatus.Linked)
        {
            LogAutoLinked(_logger, personName, action);
            return personName;
        }

        return null;
    }

    /// <summary>A person linked by Teams user id (from a mention) is completed with the AAD id once they write.</summary>
    private string CompleteLink(string personName, ConversationReferenceRecord sender)
    {
        if (sender.AadObjectId is not { Length: > 0 } aad || FindLink(personName) is not { } link || link.AadObjectId is not null)
        {
            return personName;
        }

        var completed = link with { AadObjectId = aad, TenantId = link.TenantId ?? sender.TenantId };
        Write(completed, Audit(PeopleAuditActions.LinkCompleted, personName, aad, PeopleAuditEntry.System, null), replace: true);
        return personName;
    }

    private LinkOutcome Write(PersonLink link, PeopleAuditEntry audit, bool replace)
    {
        lock (_writeGate)
        {
            var previous = FindLink(link.Id);
            var outcome = _store.Link(link, audit, replace);
            if (outcome.Status == LinkStatus.Linked)
            {
                if (previous is not null)
                {
                    Forget(previous);
                }

                Cache(link);
            }

            return outcome;
        }
    }

    private RosterPerson? FromData(string? aadObjectId) => aadObjectId is null ? null
        : _campaign.Roster.FirstOrDefault(person => string.Equals(person.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    private PersonLink NewLink(string personName, TeamsIdentity identity, string linkedBy) => new()
    {
        Id = PersonNames.Normalize(personName),
        AadObjectId = NullIfEmpty(identity.AadObjectId),
        TeamsUserId = NullIfEmpty(identity.TeamsUserId),
        TenantId = NullIfEmpty(identity.TenantId),
        LinkedAt = _time.GetUtcNow(),
        LinkedBy = linkedBy,
    };

    private PeopleAuditEntry Audit(string action, string personName, string? detail, string actorName, string? actorAadObjectId) => new()
    {
        At = _time.GetUtcNow(),
        ActorName = actorName,
        ActorAadObjectId = actorAadObjectId,
        Action = action,
        PersonName = personName,
        Detail = detail,
    };

    private void Cache(PersonLink link)
    {
        _byPerson[link.Id] = link;
        if (link.AadObjectId is { Length: > 0 } aad)
        {
            _byAadObjectId[aad] = link.Id;
        }

        if (link.TeamsUserId is { Length: > 0 } userId)
        {
            _byTeamsUserId[userId] = link.Id;
        }
    }

    private void Forget(PersonLink link)
    {
        _byPerson.TryRemove(link.Id, out _);
        if (link.AadObjectId is { Length: > 0 } aad)
        {
            _byAadObjectId.TryRemove(aad, out _);
        }

        if (link.TeamsUserId is { Length: > 0 } userId)
        {
            _byTeamsUserId.TryRemove(userId, out _);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Linked roster person {Person} ({Action})")]
    private static partial void LogAutoLinked(ILogger logger, string person, string action);
}

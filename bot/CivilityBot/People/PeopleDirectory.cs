using CivilityBot.Knowledge;
using CivilityBot.Storage;
using CivilityBot.Turns;
using Microsoft.Extensions.Options;

namespace CivilityBot.People;

/// <summary>
/// Roster identity with the links cached in memory: resolving a sender costs a dictionary lookup on every turn. Before
/// each read the cache compares <see cref="IStoreVersions"/> (free on LiteDB, one row on PostgreSQL) and reloads when
/// another instance changed links, so it is never stale.
/// </summary>
public sealed partial class PeopleDirectory : IPeopleDirectory
{
    private readonly IPeopleStore _store;
    private readonly IPlan _plan;
    private readonly CoordinatorRoles _roles;
    private readonly PeopleOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PeopleDirectory> _logger;
    private readonly Lock _writeGate = new();
    private readonly IStoreVersions _versions;
    private volatile LinkIndex _index = new();
    private long _loadedVersion;

    public PeopleDirectory(
        IPeopleStore store, IPlan plan, CoordinatorRoles roles, IOptions<PeopleOptions> options,
        TimeProvider time, ILogger<PeopleDirectory> logger, IStoreVersions? versions = null)
    {
        (_store, _plan, _roles, _options, _time, _logger) = (store, plan, roles, options.Value, time, logger);
        _versions = versions ?? new SingleProcessStoreVersions();
        Reload(_versions.Current(StoreNames.People));
    }

    /// <summary>The link index, reloaded first when another instance changed links since it was loaded.</summary>
    private LinkIndex Fresh()
    {
        var version = _versions.Current(StoreNames.People);
        if (version != Interlocked.Read(ref _loadedVersion))
        {
            lock (_writeGate)
            {
                Reload(version);
            }
        }

        return _index;
    }

    private void Reload(long version)
    {
        var index = new LinkIndex();
        foreach (var link in _store.Links())
        {
            index.Add(link);
        }

        _index = index;
        Interlocked.Exchange(ref _loadedVersion, version);
    }

    public SenderIdentity Identify(TeamsIdentity account, string? displayName)
    {
        if (NameOf(account) is not { } name || FindLink(name) is not { } link)
        {
            return new SenderIdentity(null, false, NullIfEmpty(account.AadObjectId), account.TeamsUserId, displayName);
        }

        var verified = link.LinkedBy != PersonLinkOrigins.Auto;
        var role = _roles.IsCoordinator(name);
        return new SenderIdentity(name, verified && role, link.AadObjectId ?? NullIfEmpty(account.AadObjectId), account.TeamsUserId, displayName)
        {
            RoleAwaitsVerifiedLink = role && !verified,
        };
    }

    public string? NameOf(TeamsIdentity account)
    {
        var index = Fresh();
        if (account.AadObjectId is { Length: > 0 } aad && index.ByAadObjectId.TryGetValue(aad, out var byAad))
        {
            return byAad;
        }

        return account.TeamsUserId is { Length: > 0 } userId && index.ByTeamsUserId.TryGetValue(userId, out var byUserId) ? byUserId : null;
    }

    public string? RosterName(string writtenName) => _plan.Current.FindPerson(writtenName)?.Name;

    public void LinkOnFirstContact(TeamsIdentity account, string? displayName)
    {
        if (NameOf(account) is { } known)
        {
            CompleteLink(known, account);
            return;
        }

        if (FromData(NullIfEmpty(account.AadObjectId)) is { } named)
        {
            TryLinkAutomatically(named.Name, account, PeopleAuditActions.DataLink, PersonLinkOrigins.Data);
            return;
        }

        if (ExactRosterName(displayName) is not { } person)
        {
            return;
        }

        if (IsBootstrapAccount(account))
        {
            if (TryLinkAutomatically(person, account, PeopleAuditActions.BootstrapLink, PersonLinkOrigins.Bootstrap) is not null)
            {
                _roles.Grant(person, PeopleAuditEntry.System, account.AadObjectId);
            }

            return;
        }

        if (_options.AutoLinkByName && !Fresh().ByPerson.ContainsKey(person))
        {
            TryLinkAutomatically(person, account, PeopleAuditActions.AutoLink, PersonLinkOrigins.Auto);
        }
    }

    public PersonLink? FindLink(string personName) => Fresh().ByPerson.GetValueOrDefault(PersonNames.Normalize(personName));

    public bool IsCoordinator(string personName) => _roles.IsCoordinator(personName);

    public IReadOnlyList<PersonLink> Links() => [.. Fresh().ByPerson.Values.OrderBy(link => link.Id, StringComparer.Ordinal)];

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

    /// <summary>
    /// The roster name the display name spells exactly: no whitespace folding and no invisible characters, so "刘 斌" or
    /// "刘斌\u200b" link nobody (a look-alike must not take over a roster person).
    /// </summary>
    private string? ExactRosterName(string? displayName) =>
        displayName is { Length: > 0 } && _plan.Current.FindPerson(displayName) is { } person && person.Name == displayName ? person.Name : null;

    private bool IsBootstrapAccount(TeamsIdentity account) =>
        NullIfEmpty(account.AadObjectId) is { } aad
        && _options.BootstrapCoordinators.Exists(bootstrap => string.Equals(bootstrap.Trim(), aad, StringComparison.OrdinalIgnoreCase));

    /// <summary>Links without a coordinator; a verified link (data, bootstrap) replaces a display-name link to the same person.</summary>
    private string? TryLinkAutomatically(string personName, TeamsIdentity identity, string action, string linkedBy)
    {
        var link = NewLink(personName, identity, linkedBy);
        var audit = Audit(action, personName, identity.Describe(), PeopleAuditEntry.System, null);
        var replacesGuess = linkedBy != PersonLinkOrigins.Auto && FindLink(personName) is { LinkedBy: PersonLinkOrigins.Auto };
        var outcome = Write(link, audit, replace: replacesGuess);
        if (outcome.Status == LinkStatus.Linked)
        {
            LogAutoLinked(_logger, personName, action);
            return personName;
        }

        return null;
    }

    /// <summary>A person linked by Teams user id (from a mention) is completed with the AAD id once they write.</summary>
    /// <summary>A link made from one id (an AAD object id, or a Teams user id from a mention) gets the other when the person writes.</summary>
    private void CompleteLink(string personName, TeamsIdentity account)
    {
        if (FindLink(personName) is not { } link)
        {
            return;
        }

        var aad = link.AadObjectId ?? NullIfEmpty(account.AadObjectId);
        var userId = link.TeamsUserId ?? NullIfEmpty(account.TeamsUserId);
        if (aad == link.AadObjectId && userId == link.TeamsUserId)
        {
            return;
        }

        var completed = link with { AadObjectId = aad, TeamsUserId = userId, TenantId = link.TenantId ?? account.TenantId };
        Write(completed, Audit(PeopleAuditActions.LinkCompleted, personName, aad ?? userId, PeopleAuditEntry.System, null), replace: true);
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
        : _plan.Current.Roster.FirstOrDefault(person => string.Equals(person.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

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

    private void Cache(PersonLink link) => _index.Add(link);

    private void Forget(PersonLink link) => _index.Remove(link);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Linked roster person {Person} ({Action})")]
    private static partial void LogAutoLinked(ILogger logger, string person, string action);
}

using System.Collections.Frozen;
using CivilityBot.Knowledge;
using CivilityBot.Storage;
using Microsoft.Extensions.Options;

namespace CivilityBot.People;

/// <summary>
/// The coordinator role as data: seeded once from the campaign, then granted and revoked by coordinators, every change
/// audited. Reads come from an immutable snapshot that is swapped after each write, and reloaded when
/// <see cref="IStoreVersions"/> says another instance changed the roles.
/// </summary>
public sealed class CoordinatorRoles
{
    private readonly IPeopleStore _store;
    private readonly IPlan _plan;
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private readonly IStoreVersions _versions;
    private FrozenSet<string> _loaded;
    private long _loadedVersion;

    public CoordinatorRoles(IPeopleStore store, IPlan plan, IOptions<PeopleOptions> options, TimeProvider time, IStoreVersions? versions = null)
    {
        (_store, _plan, _time) = (store, plan, time);
        _versions = versions ?? new SingleProcessStoreVersions();
        var now = time.GetUtcNow();
        var defaults = DefaultCoordinators.From(plan.Current, options.Value)
            .Select(name => new CoordinatorGrant { Id = name, GrantedBy = PeopleAuditEntry.System, GrantedAt = now })
            .ToList();
        store.SeedCoordinators(defaults, now);
        _loadedVersion = _versions.Current(StoreNames.People);
        _loaded = Load();
    }

    /// <summary>The roles as stored, reloaded when another instance changed people data since the last load.</summary>
    private FrozenSet<string> Snapshot
    {
        get
        {
            var version = _versions.Current(StoreNames.People);
            if (version != Interlocked.Read(ref _loadedVersion))
            {
                Volatile.Write(ref _loaded, Load());
                Interlocked.Exchange(ref _loadedVersion, version);
            }

            return Volatile.Read(ref _loaded);
        }

        set => Volatile.Write(ref _loaded, value);
    }

    public bool IsCoordinator(string personName) => Snapshot.Contains(PersonNames.Normalize(personName));

    public IReadOnlyList<string> Coordinators() => [.. Snapshot.Order(StringComparer.Ordinal)];

    public RoleChange Grant(string personName, string actorName, string? actorAadObjectId)
    {
        var name = PersonNames.Normalize(personName);
        if (_plan.Current.FindPerson(name) is null)
        {
            return RoleChange.NotOnRoster;
        }

        lock (_writeGate)
        {
            var grant = new CoordinatorGrant { Id = name, GrantedBy = actorName, GrantedAt = _time.GetUtcNow() };
            var changed = _store.Grant(grant, Audit(PeopleAuditActions.GrantCoordinator, name, actorName, actorAadObjectId));
            Snapshot = Load();
            return changed ? RoleChange.Changed : RoleChange.Unchanged;
        }
    }

    /// <summary>Refuses to remove the last coordinator, so someone can always grant the role again.</summary>
    public RoleChange Revoke(string personName, string actorName, string? actorAadObjectId)
    {
        var name = PersonNames.Normalize(personName);
        lock (_writeGate)
        {
            if (!Snapshot.Contains(name))
            {
                return _plan.Current.FindPerson(name) is null ? RoleChange.NotOnRoster : RoleChange.Unchanged;
            }

            if (Snapshot.Count == 1)
            {
                return RoleChange.LastCoordinator;
            }

            _store.Revoke(name, Audit(PeopleAuditActions.RevokeCoordinator, name, actorName, actorAadObjectId));
            Snapshot = Load();
            return RoleChange.Changed;
        }
    }

    private FrozenSet<string> Load() => _store.Coordinators().Select(grant => grant.Id).ToFrozenSet(StringComparer.Ordinal);

    private PeopleAuditEntry Audit(string action, string personName, string actorName, string? actorAadObjectId) => new()
    {
        At = _time.GetUtcNow(),
        ActorName = actorName,
        ActorAadObjectId = actorAadObjectId,
        Action = action,
        PersonName = personName,
        Detail = "协调员",
    };
}

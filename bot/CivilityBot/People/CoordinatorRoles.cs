using System.Collections.Frozen;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.People;

/// <summary>
/// The coordinator role as data: seeded once from the campaign, then granted and revoked by coordinators, every change
/// audited. Reads come from an immutable snapshot that is swapped after each write.
/// </summary>
public sealed class CoordinatorRoles
{
    private readonly IPeopleStore _store;
    private readonly IPlan _plan;
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private FrozenSet<string> _coordinators;

    public CoordinatorRoles(IPeopleStore store, IPlan plan, IOptions<PeopleOptions> options, TimeProvider time)
    {
        (_store, _plan, _time) = (store, plan, time);
        var now = time.GetUtcNow();
        var defaults = DefaultCoordinators.From(plan.Current, options.Value)
            .Select(name => new CoordinatorGrant { Id = name, GrantedBy = PeopleAuditEntry.System, GrantedAt = now })
            .ToList();
        store.SeedCoordinators(defaults, now);
        _coordinators = Load();
    }

    public bool IsCoordinator(string personName) => _coordinators.Contains(PersonNames.Normalize(personName));

    public IReadOnlyList<string> Coordinators() => [.. _coordinators.Order(StringComparer.Ordinal)];

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
            _coordinators = Load();
            return changed ? RoleChange.Changed : RoleChange.Unchanged;
        }
    }

    /// <summary>Refuses to remove the last coordinator, so someone can always grant the role again.</summary>
    public RoleChange Revoke(string personName, string actorName, string? actorAadObjectId)
    {
        var name = PersonNames.Normalize(personName);
        lock (_writeGate)
        {
            if (!_coordinators.Contains(name))
            {
                return _plan.Current.FindPerson(name) is null ? RoleChange.NotOnRoster : RoleChange.Unchanged;
            }

            if (_coordinators.Count == 1)
            {
                return RoleChange.LastCoordinator;
            }

            _store.Revoke(name, Audit(PeopleAuditActions.RevokeCoordinator, name, actorName, actorAadObjectId));
            _coordinators = Load();
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

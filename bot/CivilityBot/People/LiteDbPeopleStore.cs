using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.People;

public sealed class LiteDbPeopleStore : IPeopleStore
{
    private const string SeededMarker = "coordinators-seeded";

    private readonly BotDatabase _database;
    private readonly ILiteCollection<PersonLink> _links;
    private readonly ILiteCollection<CoordinatorGrant> _coordinators;
    private readonly ILiteCollection<PeopleAuditEntry> _audit;
    private readonly ILiteCollection<BsonDocument> _meta;

    public LiteDbPeopleStore(BotDatabase database)
    {
        _database = database;
        _links = database.Collection<PersonLink>("people_links");
        _coordinators = database.Collection<CoordinatorGrant>("people_coordinators");
        _audit = database.Collection<PeopleAuditEntry>("people_audit");
        _meta = database.Collection<BsonDocument>("people_meta");
        _links.EnsureIndex(link => link.AadObjectId);
        _links.EnsureIndex(link => link.TeamsUserId);
    }

    public IReadOnlyList<PersonLink> Links() => _links.FindAll().ToList();

    public LinkOutcome Link(PersonLink link, PeopleAuditEntry audit, bool replace) => _database.InTransaction(() =>
    {
        if (HolderOf(link) is { } other && other.Id != link.Id)
        {
            return new LinkOutcome(LinkStatus.IdentityLinkedElsewhere, other.Id);
        }

        if (!replace && _links.FindById(link.Id) is not null)
        {
            return new LinkOutcome(LinkStatus.PersonAlreadyLinked);
        }

        _links.Upsert(link);
        _audit.Insert(audit);
        return new LinkOutcome(LinkStatus.Linked);
    });

    public bool Unlink(string personName, PeopleAuditEntry audit) => _database.InTransaction(() =>
    {
        if (!_links.Delete(personName))
        {
            return false;
        }

        _audit.Insert(audit);
        return true;
    });

    public IReadOnlyList<CoordinatorGrant> Coordinators() => _coordinators.FindAll().ToList();

    public bool Grant(CoordinatorGrant grant, PeopleAuditEntry audit) => _database.InTransaction(() =>
    {
        if (_coordinators.FindById(grant.Id) is not null)
        {
            return false;
        }

        _coordinators.Insert(grant);
        _audit.Insert(audit);
        return true;
    });

    public bool Revoke(string personName, PeopleAuditEntry audit) => _database.InTransaction(() =>
    {
        if (!_coordinators.Delete(personName))
        {
            return false;
        }

        _audit.Insert(audit);
        return true;
    });

    public bool SeedCoordinators(IReadOnlyList<CoordinatorGrant> grants, DateTimeOffset at) => _database.InTransaction(() =>
    {
        if (_meta.FindById(SeededMarker) is not null)
        {
            return false;
        }

        foreach (var grant in grants.Where(grant => _coordinators.FindById(grant.Id) is null))
        {
            _coordinators.Insert(grant);
            _audit.Insert(new PeopleAuditEntry
            {
                At = at,
                ActorName = PeopleAuditEntry.System,
                Action = PeopleAuditActions.SeedCoordinator,
                PersonName = grant.Id,
            });
        }

        _meta.Insert(new BsonDocument { ["_id"] = SeededMarker, ["at"] = at.UtcDateTime });
        return true;
    });

    public IReadOnlyList<PeopleAuditEntry> Audit() => _audit.Query().OrderBy(entry => entry.Id).ToList();

    private PersonLink? HolderOf(PersonLink link)
    {
        if (link.AadObjectId is { Length: > 0 } aad && _links.FindOne(other => other.AadObjectId == aad) is { } byAad)
        {
            return byAad;
        }

        return link.TeamsUserId is { Length: > 0 } userId ? _links.FindOne(other => other.TeamsUserId == userId) : null;
    }
}

using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;

namespace CivilityBot.People;

/// <summary>
/// Identity links, coordinator roles and their audit on PostgreSQL (tables <c>people_links</c>, <c>people_coordinators</c>,
/// <c>people_audit</c>, <c>people_meta</c>; records as jsonb). Every write is one transaction under a transaction-scoped
/// advisory lock (so two instances cannot link one identity to two people) and bumps <see cref="StoreNames.People"/>, so
/// every instance's <see cref="PeopleDirectory"/> and <see cref="CoordinatorRoles"/> reload.
/// </summary>
public sealed class PostgreSqlPeopleStore(PostgreSqlDatabase database) : IPeopleStore
{
    private const string SeededMarker = "coordinators-seeded";

    public IReadOnlyList<PersonLink> Links() => Documents<PersonLink>("SELECT doc::text FROM people_links ORDER BY id");

    public LinkOutcome Link(PersonLink link, PeopleAuditEntry audit, bool replace) => Write((connection, transaction) =>
    {
        var holder = HolderOf(connection, transaction, link);
        if (holder is not null && holder != link.Id)
        {
            return (new LinkOutcome(LinkStatus.IdentityLinkedElsewhere, holder), false);
        }

        var exists = connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM people_links WHERE id = @Id)", new { link.Id }, transaction);
        if (!replace && exists)
        {
            return (new LinkOutcome(LinkStatus.PersonAlreadyLinked), false);
        }

        connection.Execute(
            "INSERT INTO people_links (id, aad_object_id, teams_user_id, doc) VALUES (@Id, @AadObjectId, @TeamsUserId, @doc::jsonb) "
            + "ON CONFLICT (id) DO UPDATE SET aad_object_id = excluded.aad_object_id, teams_user_id = excluded.teams_user_id, doc = excluded.doc",
            new { link.Id, link.AadObjectId, link.TeamsUserId, doc = JsonDocuments.Write(link) }, transaction);
        InsertAudit(connection, transaction, audit);
        return (new LinkOutcome(LinkStatus.Linked), true);
    });

    public bool Unlink(string personName, PeopleAuditEntry audit) => Write((connection, transaction) =>
    {
        var deleted = connection.Execute("DELETE FROM people_links WHERE id = @personName", new { personName }, transaction) == 1;
        if (deleted)
        {
            InsertAudit(connection, transaction, audit);
        }

        return (deleted, deleted);
    });

    public IReadOnlyList<CoordinatorGrant> Coordinators() => Documents<CoordinatorGrant>("SELECT doc::text FROM people_coordinators ORDER BY id");

    public bool Grant(CoordinatorGrant grant, PeopleAuditEntry audit) => Write((connection, transaction) =>
    {
        var granted = InsertGrant(connection, transaction, grant);
        if (granted)
        {
            InsertAudit(connection, transaction, audit);
        }

        return (granted, granted);
    });

    public bool Revoke(string personName, PeopleAuditEntry audit) => Write((connection, transaction) =>
    {
        var revoked = connection.Execute("DELETE FROM people_coordinators WHERE id = @personName", new { personName }, transaction) == 1;
        if (revoked)
        {
            InsertAudit(connection, transaction, audit);
        }

        return (revoked, revoked);
    });

    public bool SeedCoordinators(IReadOnlyList<CoordinatorGrant> grants, DateTimeOffset at) => Write((connection, transaction) =>
    {
        if (connection.Execute("INSERT INTO people_meta (id, at) VALUES (@id, @at) ON CONFLICT (id) DO NOTHING",
                new { id = SeededMarker, at = PostgreSqlRows.Utc(at) }, transaction) == 0)
        {
            return (false, false);
        }

        foreach (var grant in grants.Where(grant => InsertGrant(connection, transaction, grant)))
        {
            InsertAudit(connection, transaction, new PeopleAuditEntry
            {
                At = at,
                ActorName = PeopleAuditEntry.System,
                Action = PeopleAuditActions.SeedCoordinator,
                PersonName = grant.Id,
            });
        }

        return (true, true);
    });

    public IReadOnlyList<PeopleAuditEntry> Audit()
    {
        using var connection = database.Open();
        return [.. connection.Query<(long Id, string Doc)>("SELECT id, doc::text FROM people_audit ORDER BY id")
            .Select(row => JsonDocuments.Read<PeopleAuditEntry>(row.Doc) with { Id = (int)row.Id })];
    }

    private List<T> Documents<T>(string sql)
    {
        using var connection = database.Open();
        return [.. connection.Query<string>(sql).Select(JsonDocuments.Read<T>)];
    }

    /// <summary>Runs a write under the people lock; bumps the version when <c>Changed</c> is true.</summary>
    private T Write<T>(Func<NpgsqlConnection, NpgsqlTransaction, (T Result, bool Changed)> work) =>
        database.InTransaction((connection, transaction) =>
        {
            connection.Execute("SELECT pg_advisory_xact_lock(hashtext('civilitybot.people'))", transaction: transaction);
            var (result, changed) = work(connection, transaction);
            if (changed)
            {
                StoreVersions.Bump(connection, transaction, StoreNames.People);
            }

            return result;
        });

    /// <summary>Who holds the link's AAD object id, else its Teams user id (as the LiteDB store decides).</summary>
    private static string? HolderOf(NpgsqlConnection connection, NpgsqlTransaction transaction, PersonLink link)
    {
        var byAad = link.AadObjectId is { Length: > 0 } aad
            ? connection.QueryFirstOrDefault<string>("SELECT id FROM people_links WHERE aad_object_id = @aad ORDER BY id LIMIT 1", new { aad }, transaction)
            : null;
        return byAad ?? (link.TeamsUserId is { Length: > 0 } userId
            ? connection.QueryFirstOrDefault<string>("SELECT id FROM people_links WHERE teams_user_id = @userId ORDER BY id LIMIT 1", new { userId }, transaction)
            : null);
    }

    private static bool InsertGrant(NpgsqlConnection connection, NpgsqlTransaction transaction, CoordinatorGrant grant) =>
        connection.Execute("INSERT INTO people_coordinators (id, doc) VALUES (@Id, @doc::jsonb) ON CONFLICT (id) DO NOTHING",
            new { grant.Id, doc = JsonDocuments.Write(grant) }, transaction) == 1;

    private static void InsertAudit(NpgsqlConnection connection, NpgsqlTransaction transaction, PeopleAuditEntry audit) =>
        connection.Execute("INSERT INTO people_audit (doc) VALUES (@doc::jsonb)", new { doc = JsonDocuments.Write(audit) }, transaction);
}

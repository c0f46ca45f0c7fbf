using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
using Dapper;
using Npgsql;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// Rounds and round previews on PostgreSQL (tables <c>rounds</c> and <c>round_drafts</c>, records as jsonb), shared by
/// every instance. Each write is one transaction under a transaction-scoped advisory lock, so two instances starting a
/// round at once are serialised: the second finds the round it archives no longer active and is refused
/// (<see cref="InvalidOperationException"/>, as on LiteDB). Starting a round bumps <see cref="StoreNames.Plan"/> in the
/// same transaction, so every instance's <c>PlanState</c> replays onto the new round at its next read.
/// </summary>
public sealed class PostgreSqlRoundStore(PostgreSqlDatabase database) : IRoundStore
{
    public IReadOnlyList<CampaignRound> Rounds()
    {
        using var connection = database.Open();
        return [.. connection.Query<string>("SELECT doc::text FROM rounds ORDER BY id").Select(JsonDocuments.Read<CampaignRound>)];
    }

    /// <exception cref="InvalidOperationException"><paramref name="archived"/> is not the active round (another round started in between).</exception>
    public CampaignRound Start(CampaignRound archived, CampaignRound next) => database.InTransaction((connection, transaction) =>
    {
        Lock(connection, transaction);
        var active = connection.QuerySingleOrDefault<string>("SELECT doc::text FROM rounds ORDER BY id DESC LIMIT 1", transaction: transaction) is { } json
            ? JsonDocuments.Read<CampaignRound>(json)
            : null;
        var activeId = active?.Id ?? 1;
        if (archived.Id != activeId || active is { IsArchived: true })
        {
            throw new InvalidOperationException($"Round {archived.Id} is not the active round ({activeId}).");
        }

        Upsert(connection, transaction, archived);
        var stored = next with { Id = activeId + 1, ArchivedAt = null, ArchivedBy = null, ArchivedPlanJson = null, ChangesAfter = null };
        Upsert(connection, transaction, stored);
        StoreVersions.Bump(connection, transaction, StoreNames.Plan);
        return stored;
    });

    public RoundDraft SaveDraft(RoundDraft draft) => database.InTransaction((connection, transaction) =>
    {
        Lock(connection, transaction);
        var stored = draft with { Id = connection.ExecuteScalar<int>("SELECT count(*)::int + 1 FROM round_drafts", transaction: transaction) };
        connection.Execute("INSERT INTO round_drafts (id, doc) VALUES (@Id, @doc::jsonb)", new { stored.Id, doc = JsonDocuments.Write(stored) }, transaction);
        return stored;
    });

    public RoundDraft? FindDraft(int id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>("SELECT doc::text FROM round_drafts WHERE id = @id", new { id }) is { } json
            ? JsonDocuments.Read<RoundDraft>(json)
            : null;
    }

    private static void Lock(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.Execute("SELECT pg_advisory_xact_lock(hashtext('civilitybot.rounds'))", transaction: transaction);

    private static void Upsert(NpgsqlConnection connection, NpgsqlTransaction transaction, CampaignRound round) =>
        connection.Execute("INSERT INTO rounds (id, doc) VALUES (@Id, @doc::jsonb) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
            new { round.Id, doc = JsonDocuments.Write(round) }, transaction);
}

using System.Data.Common;
using CivilityBot.Storage.PostgreSql;
using CivilityBot.Turns;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using static CivilityBot.Storage.PostgreSql.PostgreSqlRows;

namespace CivilityBot.Outreach;

/// <summary>
/// The outbox on PostgreSQL (tables <c>outbox_batches</c>, <c>outbox_deliveries</c>), shared by every bot instance. A
/// delivery is claimed by exactly one instance (<c>FOR UPDATE SKIP LOCKED</c>, with its instance id and a lease), and
/// marked as being sent by a conditional UPDATE that only one caller can win. A claim whose lease ran out belongs to a
/// dead instance: unsent, it is claimed again; in flight, it is failed as interrupted and never resent.
/// </summary>
public sealed class PostgreSqlOutbox(PostgreSqlDatabase database, IOptions<OutboxOptions> options) : IOutbox
{
    private const string DeliveryColumns = "id, batch_id, idx, person_name, summary, card_json, state, sending_at, attempts, "
        + "activity_id, conversation_id, error_code, reason, finished_at, claimed_by, lease_until";

    private const string InFlight = "state = 0 AND sending_at IS NOT NULL"; // 0 = DeliveryState.Pending

    private readonly TimeSpan _lease = options.Value.ClaimLease;

    /// <summary>This store object's claim owner id: machine, process and a random part.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public OutboxBatch Enqueue(OutboxBatch broadcast, IReadOnlyList<OutboxDelivery> deliveries) =>
        database.InTransaction((connection, transaction) =>
        {
            broadcast.Total = deliveries.Count;
            broadcast.Id = connection.ExecuteScalar<int>(
                "INSERT INTO outbox_batches (created_by, created_at, kind, audience_text, note, schedule_id, scheduled_for, state, total, "
                + "status_message, started_at, finished_at, cancelled_by) VALUES (@CreatedBy, @CreatedAt, @Kind, @AudienceText, @Note, "
                + "@ScheduleId, @ScheduledFor, @State, @Total, @StatusMessage::jsonb, @StartedAt, @FinishedAt, @CancelledBy) RETURNING id",
                BatchParameters(broadcast), transaction);
            for (var index = 0; index < deliveries.Count; index++)
            {
                deliveries[index].BroadcastId = broadcast.Id;
                deliveries[index].Index = index;
                deliveries[index].Id = OutboxDelivery.KeyFor(broadcast.Id, index);
            }

            InsertDeliveries(connection, deliveries);
            return broadcast;
        });

    public bool Confirm(int broadcastId, CardLocation? statusAt) => Execute(
        $"UPDATE outbox_batches SET state = {(int)BatchState.Queued}, status_message = COALESCE(@status::jsonb, status_message) "
        + $"WHERE id = @broadcastId AND state = {(int)BatchState.Draft}",
        new { broadcastId, status = statusAt is null ? null : JsonDocuments.Write(statusAt) }) == 1;

    public OutboxBatch? FindBroadcast(int broadcastId) => Batches("WHERE id = @id", p => p.AddWithValue("id", broadcastId)).SingleOrDefault();

    public bool HasScheduled(int scheduleId, DateTimeOffset occurrenceAt)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<bool>(
            "SELECT EXISTS (SELECT 1 FROM outbox_batches WHERE schedule_id = @scheduleId AND scheduled_for = @at)",
            new { scheduleId, at = Utc(occurrenceAt) });
    }

    public IReadOnlyList<OutboxBatch> ActiveBroadcasts() =>
        Batches($"WHERE state IN ({(int)BatchState.Queued}, {(int)BatchState.Running}) ORDER BY id", _ => { });

    public IReadOnlyList<OutboxBatch> RecentBroadcasts(int count) =>
        Batches("ORDER BY id DESC LIMIT @count", p => p.AddWithValue("count", count));

    public void MarkRunning(int broadcastId, DateTimeOffset at) => Execute(
        $"UPDATE outbox_batches SET state = {(int)BatchState.Running}, started_at = @at WHERE id = @broadcastId AND state = {(int)BatchState.Queued}",
        new { broadcastId, at = Utc(at) });

    public void SetStatusMessage(int broadcastId, CardLocation location) => Execute(
        "UPDATE outbox_batches SET status_message = @status::jsonb WHERE id = @broadcastId",
        new { broadcastId, status = JsonDocuments.Write(location) });

    public IReadOnlyList<string> PendingDeliveryIds(int broadcastId)
    {
        using var connection = database.Open();
        return [.. connection.Query<string>(
            $"SELECT id FROM outbox_deliveries WHERE batch_id = @broadcastId AND state = {(int)DeliveryState.Pending} AND sending_at IS NULL ORDER BY idx",
            new { broadcastId })];
    }

    public IReadOnlyList<string> ClaimPending(int broadcastId, int max, DateTimeOffset at)
    {
        using var connection = database.Open();
        return [.. connection.Query<(string Id, int Index)>(
            "UPDATE outbox_deliveries SET claimed_by = @instance, lease_until = @lease WHERE id IN ("
            + $"SELECT id FROM outbox_deliveries WHERE batch_id = @broadcastId AND state = {(int)DeliveryState.Pending} AND sending_at IS NULL "
            + "AND (claimed_by IS NULL OR lease_until < @at) ORDER BY idx LIMIT @max FOR UPDATE SKIP LOCKED) RETURNING id, idx",
            new { broadcastId, max, instance = Instance, at = Utc(at), lease = Utc(at + _lease) }).OrderBy(d => d.Index).Select(d => d.Id)];
    }

    public OutboxDelivery? TryBeginSend(string deliveryId, DateTimeOffset at)
    {
        using var connection = database.Open();
        return Query(connection,
            "UPDATE outbox_deliveries d SET sending_at = @at, attempts = d.attempts + 1, claimed_by = @instance, lease_until = @lease "
            + $"FROM outbox_batches b WHERE d.id = @id AND b.id = d.batch_id AND b.state IN ({(int)BatchState.Queued}, {(int)BatchState.Running}) "
            + $"AND d.state = {(int)DeliveryState.Pending} AND d.sending_at IS NULL "
            + "AND (d.claimed_by IS NULL OR d.claimed_by = @instance OR d.lease_until < @at) "
            + $"RETURNING {string.Join(", ", DeliveryColumns.Split(", ").Select(c => "d." + c))}",
            ReadDelivery, p =>
            {
                p.AddWithValue("id", deliveryId);
                p.AddWithValue("at", Utc(at));
                p.AddWithValue("instance", Instance);
                p.AddWithValue("lease", Utc(at + _lease));
            }).SingleOrDefault();
    }

    public void Complete(string deliveryId, DeliveryResult result, DateTimeOffset at)
    {
        var changed = Execute(
            "UPDATE outbox_deliveries SET state = @State, activity_id = @ActivityId, conversation_id = @ConversationId, "
            + "error_code = @ErrorCode, reason = @Reason, finished_at = @at WHERE id = @deliveryId",
            new { deliveryId, State = (int)result.State, result.ActivityId, result.ConversationId, result.ErrorCode, result.Reason, at = Utc(at) });
        if (changed == 0)
        {
            throw new InvalidOperationException($"No delivery {deliveryId}.");
        }
    }

    public bool Cancel(int broadcastId, string cancelledBy, DateTimeOffset at) => database.InTransaction((connection, transaction) =>
    {
        var cancelled = connection.Execute(
            $"UPDATE outbox_batches SET state = {(int)BatchState.Cancelled}, cancelled_by = @cancelledBy WHERE id = @broadcastId "
            + $"AND state IN ({(int)BatchState.Draft}, {(int)BatchState.Queued}, {(int)BatchState.Running})",
            new { broadcastId, cancelledBy }, transaction);
        if (cancelled == 0)
        {
            return false;
        }

        connection.Execute(
            $"UPDATE outbox_deliveries SET state = {(int)DeliveryState.Cancelled}, error_code = @code, reason = @reason, finished_at = @at "
            + $"WHERE batch_id = @broadcastId AND state = {(int)DeliveryState.Pending} AND sending_at IS NULL",
            new { broadcastId, code = OutboxCodes.Cancelled, reason = OutboxCodes.CancelledReason, at = Utc(at) }, transaction);
        return true;
    });

    public bool FinishIfDone(int broadcastId, DateTimeOffset at) => Execute(
        $"UPDATE outbox_batches b SET state = CASE WHEN b.state = {(int)BatchState.Cancelled} THEN {(int)BatchState.Cancelled} ELSE {(int)BatchState.Completed} END, "
        + "finished_at = @at WHERE b.id = @broadcastId AND b.finished_at IS NULL "
        + $"AND NOT EXISTS (SELECT 1 FROM outbox_deliveries d WHERE d.batch_id = b.id AND d.state = {(int)DeliveryState.Pending})",
        new { broadcastId, at = Utc(at) }) == 1;

    public int FailInterrupted(DateTimeOffset at) => Execute(
        $"UPDATE outbox_deliveries SET state = {(int)DeliveryState.Failed}, error_code = @code, reason = @reason, finished_at = @at "
        + $"WHERE {InFlight} AND (claimed_by IS NULL OR claimed_by <> @instance) AND (lease_until IS NULL OR lease_until < @at)",
        new { code = OutboxCodes.Interrupted, reason = OutboxCodes.InterruptedReason, at = Utc(at), instance = Instance });

    public DeliveryCounts Count(int broadcastId)
    {
        using var connection = database.Open();
        var counts = connection.Query<(int State, bool Sending, int Count)>(
            "SELECT state, sending_at IS NOT NULL, count(*)::int FROM outbox_deliveries WHERE batch_id = @broadcastId GROUP BY 1, 2",
            new { broadcastId }).ToList();
        int Of(DeliveryState state, bool sending = false) =>
            counts.Where(c => c.State == (int)state && (state != DeliveryState.Pending || c.Sending == sending)).Sum(c => c.Count);
        return new DeliveryCounts(
            Of(DeliveryState.Pending), Of(DeliveryState.Pending, sending: true), Of(DeliveryState.Sent),
            Of(DeliveryState.Unreachable), Of(DeliveryState.Failed), Of(DeliveryState.Cancelled));
    }

    public IReadOnlyList<OutboxDelivery> Problems(int broadcastId, int max) => Deliveries(
        $"WHERE batch_id = @broadcastId AND state IN ({(int)DeliveryState.Unreachable}, {(int)DeliveryState.Failed}) ORDER BY idx LIMIT @max",
        p =>
        {
            p.AddWithValue("broadcastId", broadcastId);
            p.AddWithValue("max", max);
        });

    public IReadOnlyList<OutboxDelivery> Deliveries(int broadcastId) =>
        Deliveries("WHERE batch_id = @broadcastId ORDER BY idx", p => p.AddWithValue("broadcastId", broadcastId));

    private static object BatchParameters(OutboxBatch b) => new
    {
        b.CreatedBy, CreatedAt = Utc(b.CreatedAt), b.Kind, b.AudienceText, b.Note, b.ScheduleId, ScheduledFor = Utc(b.ScheduledFor),
        State = (int)b.State, b.Total, StatusMessage = b.StatusMessage is null ? null : JsonDocuments.Write(b.StatusMessage),
        StartedAt = Utc(b.StartedAt), FinishedAt = Utc(b.FinishedAt), b.CancelledBy,
    };

    // COPY runs inside the connection's open transaction.
    private static void InsertDeliveries(NpgsqlConnection connection, IReadOnlyList<OutboxDelivery> deliveries)
    {
        using var writer = connection.BeginBinaryImport(
            "COPY outbox_deliveries (id, batch_id, idx, person_name, summary, card_json, state, attempts) FROM STDIN (FORMAT BINARY)");
        foreach (var d in deliveries)
        {
            writer.WriteRow(d.Id, d.BroadcastId, d.Index, d.PersonName, d.Summary, d.CardJson, (int)d.State, d.Attempts);
        }

        writer.Complete();
    }

    private List<OutboxBatch> Batches(string where, Action<NpgsqlParameterCollection> parameters)
    {
        using var connection = database.Open();
        return Query(connection, $"SELECT * FROM outbox_batches {where}", ReadBatch, parameters);
    }

    private List<OutboxDelivery> Deliveries(string where, Action<NpgsqlParameterCollection> parameters)
    {
        using var connection = database.Open();
        return Query(connection, $"SELECT {DeliveryColumns} FROM outbox_deliveries {where}", ReadDelivery, parameters);
    }

    private int Execute(string sql, object parameters)
    {
        using var connection = database.Open();
        return connection.Execute(sql, parameters);
    }

    private static OutboxBatch ReadBatch(DbDataReader r) => new()
    {
        Id = r.GetInt32(r.GetOrdinal("id")),
        CreatedBy = r.GetString(r.GetOrdinal("created_by")),
        CreatedAt = r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("created_at")),
        Kind = r.GetString(r.GetOrdinal("kind")),
        AudienceText = r.GetString(r.GetOrdinal("audience_text")),
        Note = r.Text("note"),
        ScheduleId = r.Nullable<int>("schedule_id"),
        ScheduledFor = r.Nullable<DateTimeOffset>("scheduled_for"),
        State = (BatchState)r.GetInt32(r.GetOrdinal("state")),
        Total = r.GetInt32(r.GetOrdinal("total")),
        StatusMessage = r.Text("status_message") is { } status ? JsonDocuments.Read<CardLocation>(status) : null,
        StartedAt = r.Nullable<DateTimeOffset>("started_at"),
        FinishedAt = r.Nullable<DateTimeOffset>("finished_at"),
        CancelledBy = r.Text("cancelled_by"),
    };

    private static OutboxDelivery ReadDelivery(DbDataReader r) => new()
    {
        Id = r.GetString(r.GetOrdinal("id")),
        BroadcastId = r.GetInt32(r.GetOrdinal("batch_id")),
        Index = r.GetInt32(r.GetOrdinal("idx")),
        PersonName = r.GetString(r.GetOrdinal("person_name")),
        Summary = r.GetString(r.GetOrdinal("summary")),
        CardJson = r.GetString(r.GetOrdinal("card_json")),
        State = (DeliveryState)r.GetInt32(r.GetOrdinal("state")),
        SendingAt = r.Nullable<DateTimeOffset>("sending_at"),
        Attempts = r.GetInt32(r.GetOrdinal("attempts")),
        ActivityId = r.Text("activity_id"),
        ConversationId = r.Text("conversation_id"),
        ErrorCode = r.Text("error_code"),
        Reason = r.Text("reason"),
        FinishedAt = r.Nullable<DateTimeOffset>("finished_at"),
        ClaimedBy = r.Text("claimed_by"),
        LeaseUntil = r.Nullable<DateTimeOffset>("lease_until"),
    };
}

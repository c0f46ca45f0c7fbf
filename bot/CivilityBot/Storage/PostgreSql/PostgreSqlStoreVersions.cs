using System.Diagnostics;
using Dapper;

namespace CivilityBot.Storage.PostgreSql;

/// <summary>
/// <see cref="IStoreVersions"/> read from the table <c>store_versions</c>, which every PostgreSQL store bumps in its write
/// transaction. Outside a turn each <see cref="Current"/> is one indexed read; inside a turn pinned with
/// <see cref="PinForTurn"/> it is answered from one read of all rows made when the turn began (valid for
/// <see cref="PinLifetime"/>, so background work a turn started does not keep old versions). That read costs no round
/// trip of its own when it came with the activity's claim (<see cref="BeginRequest"/>, <see cref="Offer"/>).
/// </summary>
public sealed class PostgreSqlStoreVersions(PostgreSqlDatabase database) : IStoreVersions
{
    /// <summary>How long a turn's pinned versions are used before <see cref="Current"/> reads again.</summary>
    public static readonly TimeSpan PinLifetime = TimeSpan.FromSeconds(1);

    /// <summary>The query whose rows (name text, version bigint) are every store's version.</summary>
    public const string ReadAllSql = "SELECT name, version FROM store_versions";

    private readonly AsyncLocal<Pin?> _pinned = new();
    private readonly AsyncLocal<Slot?> _offered = new();

    public long Current(string store)
    {
        if (_pinned.Value is { } pin && Stopwatch.GetElapsedTime(pin.Taken) < PinLifetime)
        {
            return pin.Versions.GetValueOrDefault(store);
        }

        using var connection = database.Open();
        return StoreVersions.Read(connection, store);
    }

    public IDisposable PinForTurn()
    {
        var pin = _offered.Value?.Take() is { } offered && Stopwatch.GetElapsedTime(offered.Taken) < PinLifetime ? offered : Read();
        var previous = _pinned.Value;
        _pinned.Value = pin;
        return new Unpin(this, previous);
    }

    /// <summary>
    /// Opens, for the rest of this asynchronous flow (one HTTP request), a place where a read of every version made in
    /// the same round trip as the activity's claim can be left for the turn's <see cref="PinForTurn"/>.
    /// </summary>
    public void BeginRequest() => _offered.Value = new Slot();

    /// <summary>True when this flow has a place for <see cref="Offer"/> (a request that began with <see cref="BeginRequest"/>).</summary>
    public bool WantsOffer => _offered.Value is not null;

    /// <summary>Leaves the rows of <see cref="ReadAllSql"/>, just read, for this flow's next <see cref="PinForTurn"/>.</summary>
    public void Offer(Dictionary<string, long> versions)
    {
        if (_offered.Value is { } slot)
        {
            slot.Pin = new Pin(versions, Stopwatch.GetTimestamp());
        }
    }

    private Pin Read()
    {
        using var connection = database.Open();
        var versions = connection.Query<(string Name, long Version)>(ReadAllSql).ToDictionary(row => row.Name, row => row.Version, StringComparer.Ordinal);
        return new Pin(versions, Stopwatch.GetTimestamp());
    }

    private sealed record Pin(Dictionary<string, long> Versions, long Taken);

    /// <summary>A request's offered versions; taken once, so a second turn in the same flow reads again.</summary>
    private sealed class Slot
    {
        public Pin? Pin { get; set; }

        public Pin? Take()
        {
            var pin = Pin;
            Pin = null;
            return pin;
        }
    }

    private sealed class Unpin(PostgreSqlStoreVersions owner, Pin? previous) : IDisposable
    {
        public void Dispose() => owner._pinned.Value = previous;
    }
}

using System.Diagnostics;
using Dapper;

namespace CivilityBot.Storage.PostgreSql;

/// <summary>
/// <see cref="IStoreVersions"/> read from the table <c>store_versions</c>, which every PostgreSQL store bumps in its write
/// transaction. Outside a turn each <see cref="Current"/> is one indexed read; inside a turn pinned with
/// <see cref="PinForTurn"/> it is answered from one read of all rows made when the turn began (valid for
/// <see cref="PinLifetime"/>, so background work a turn started does not keep old versions).
/// </summary>
public sealed class PostgreSqlStoreVersions(PostgreSqlDatabase database) : IStoreVersions
{
    /// <summary>How long a turn's pinned versions are used before <see cref="Current"/> reads again.</summary>
    public static readonly TimeSpan PinLifetime = TimeSpan.FromSeconds(1);

    private readonly AsyncLocal<Pin?> _pinned = new();

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
        using var connection = database.Open();
        var versions = connection.Query<(string Name, long Version)>("SELECT name, version FROM store_versions")
            .ToDictionary(row => row.Name, row => row.Version, StringComparer.Ordinal);
        var previous = _pinned.Value;
        _pinned.Value = new Pin(versions, Stopwatch.GetTimestamp());
        return new Unpin(this, previous);
    }

    private sealed record Pin(Dictionary<string, long> Versions, long Taken);

    private sealed class Unpin(PostgreSqlStoreVersions owner, Pin? previous) : IDisposable
    {
        public void Dispose() => owner._pinned.Value = previous;
    }
}

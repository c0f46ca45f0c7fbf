namespace CivilityBot.Storage.PostgreSql;

/// <summary>
/// Data a PostgreSQL store keeps in memory and reads again only when its store version (<see cref="IStoreVersions"/>,
/// bumped by every writer in its transaction) differs from the one it was read at. Inside a turn the version comes from
/// the turn's pin, so a cached read costs no round trip, and a change committed on any instance is seen from the next
/// turn. A writer on this instance calls <see cref="Invalidate"/> after its commit, so that the rest of its own turn
/// (whose pinned version predates the change) reads the change too.
/// </summary>
/// <param name="versions">The store versions; <paramref name="name"/> is a <see cref="StoreNames"/> entry.</param>
/// <param name="load">Reads the data from the database; called outside any lock.</param>
public sealed class VersionedSnapshot<T>(IStoreVersions versions, string name, Func<T> load)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;
    private long _version;
    private long _generation;

    /// <summary>The data as of the current version: the kept copy, or a fresh read when the version moved.</summary>
    public T Get()
    {
        var version = versions.Current(name);
        long generation;
        lock (_gate)
        {
            if (_value is not null && _version == version)
            {
                return _value;
            }

            generation = _generation;
        }

        var value = load();
        lock (_gate)
        {
            // A read that raced with this instance's own write may predate it: keep it only if no write came between.
            if (generation == _generation)
            {
                (_value, _version) = (value, version);
            }
        }

        return value;
    }

    /// <summary>Drops the kept copy after this instance committed a change, so the next <see cref="Get"/> reads it.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _value = null;
            _generation++;
        }
    }
}

namespace CivilityBot.Storage;

/// <summary>
/// Tells an in-process cache whether another instance changed the data behind it. <see cref="Current"/> is a number
/// that changes whenever any instance commits a change to the named store (<see cref="StoreNames"/>); a cache remembers
/// the number it loaded at and reloads when it differs. On a store one process owns (LiteDB) nobody else writes, so the
/// number never changes and the check costs nothing; on PostgreSQL it is one indexed row read.
/// </summary>
public interface IStoreVersions
{
    /// <summary>The store's current version; only equality is meaningful.</summary>
    long Current(string store);
}

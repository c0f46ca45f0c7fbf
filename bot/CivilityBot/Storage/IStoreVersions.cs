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

    /// <summary>
    /// Reads every store's version once and answers <see cref="Current"/> from that read for the rest of this
    /// asynchronous flow (one turn), at most about a second, so a turn checks in one round trip however many cached
    /// reads it makes. Changes other instances commit during the turn are seen from the next turn. Dispose to end it.
    /// </summary>
    IDisposable PinForTurn();
}

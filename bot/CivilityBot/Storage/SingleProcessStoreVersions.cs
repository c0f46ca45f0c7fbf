namespace CivilityBot.Storage;

/// <summary>
/// <see cref="IStoreVersions"/> for a database one process owns (LiteDB): every change goes through this process's own
/// objects, which keep their caches current, so the version never changes.
/// </summary>
public sealed class SingleProcessStoreVersions : IStoreVersions
{
    public long Current(string store) => 0;
}

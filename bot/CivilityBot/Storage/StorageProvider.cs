namespace CivilityBot.Storage;

/// <summary>Where the bot keeps its data (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One embedded LiteDB file (<c>Storage:Path</c>); one process only. The default.</summary>
    LiteDb,

    /// <summary>A PostgreSQL server (<c>Storage:ConnectionString</c>), shared by any number of bot instances.</summary>
    PostgreSql,
}

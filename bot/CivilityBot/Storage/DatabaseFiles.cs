namespace CivilityBot.Storage;

/// <summary>The files that make up one LiteDB 5 database.</summary>
public static class DatabaseFiles
{
    /// <summary>
    /// The log (write-ahead) file LiteDB keeps beside the database: <c>civilitybot.db</c> → <c>civilitybot-log.db</c>.
    /// It holds the last committed writes until LiteDB copies them into the main file (a checkpoint), so after a crash
    /// it is needed to recover them. Source: LiteDB 5 <c>FileHelper.GetLogFile</c>.
    /// </summary>
    public static string LogPathOf(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        var directory = Path.GetDirectoryName(full) ?? string.Empty;
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(full) + "-log" + Path.GetExtension(full));
    }
}

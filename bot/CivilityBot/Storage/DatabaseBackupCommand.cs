namespace CivilityBot.Storage;

/// <summary>
/// <c>dotnet CivilityBot.dll backup &lt;target-file&gt; [--Storage:Path=…]</c>: copies the database (read with the bot's
/// usual configuration) to a new file and exits, for when the bot is stopped. While the bot runs it holds the file,
/// so the command refuses and points to the bot's own scheduled backups instead.
/// </summary>
public static class DatabaseBackupCommand
{
    public const string Verb = "backup";

    /// <summary>
    /// Runs the command when <paramref name="args"/> start with <see cref="Verb"/>; false (nothing done) otherwise.
    /// Sets <see cref="Environment.ExitCode"/>: 0 done, 1 refused or failed, 2 usage.
    /// </summary>
    public static bool TryRun(string[] args, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !string.Equals(args[0], Verb, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        output ??= Console.Out;
        Environment.ExitCode = args.Length < 2 || args[1].StartsWith('-')
            ? Usage(output)
            : Run(DatabasePathFrom(args[2..]), args[1], output);
        return true;
    }

    /// <summary>Backs up <paramref name="databasePath"/> to <paramref name="target"/>; returns the exit code.</summary>
    public static int Run(string databasePath, string target, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(databasePath))
        {
            output.WriteLine($"No database at {databasePath}; nothing to back up.");
            return 1;
        }

        if (IsInUse(databasePath))
        {
            output.WriteLine($"{databasePath} is in use: the bot is running. It backs itself up every Storage:BackupInterval "
                + "into Storage:BackupDirectory (see README, \"Backup and restore\"); stop it to take a backup with this command.");
            return 1;
        }

        try
        {
            using var database = new BotDatabase(databasePath);
            database.BackupTo(target);
            output.WriteLine($"Backed up {databasePath} to {Path.GetFullPath(target)}.");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DamagedDatabaseException)
        {
            output.WriteLine(ex.Message);
            return 1;
        }
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("Usage: dotnet CivilityBot.dll backup <target-file> [--Storage:Path=<database file>]");
        return 2;
    }

    // The same configuration sources as the service (appsettings, environment variables, command line).
    private static string DatabasePathFrom(string[] configurationArgs)
    {
        var builder = WebApplication.CreateBuilder(configurationArgs);
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        return Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.Path));
    }

    // LiteDB keeps the file open while the bot runs; an exclusive open fails then (advisory lock on Linux, sharing on Windows).
    private static bool IsInUse(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}

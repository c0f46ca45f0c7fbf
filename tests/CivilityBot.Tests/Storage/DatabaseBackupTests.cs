using CivilityBot.Storage;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Storage;

/// <summary>Issue 8.3: a consistent backup while the bot runs, the backup command, and the documented restore.</summary>
public sealed class DatabaseBackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civilitybot-backup-").FullName;

    private string DatabasePath => Path.Combine(_folder, "civilitybot.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void BackupTo_ThenTheDocumentedRestore_BringsBackTheDataOfTheBackupMoment()
    {
        var backup = Path.Combine(_folder, "backups", "civilitybot-copy.db");
        using (var database = new BotDatabase(DatabasePath))
        {
            Insert(database, "第1项 已整改", "第2项 整改中");
            database.BackupTo(backup);
            Insert(database, "备份之后写入的");
        }

        Restore(backup);

        using var restored = new BotDatabase(DatabasePath);
        Assert.Equal(["第1项 已整改", "第2项 整改中"], Texts(restored));
    }

    [Fact]
    public async Task BackupTo_WhileWritersKeepCommitting_IsAValidDatabaseHoldingWholeTransactions()
    {
        using var database = new BotDatabase(DatabasePath);
        Insert(database, "起点");
        using var stop = new CancellationTokenSource();
        var committed = 0;
        var writer = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                database.InTransaction(() => Insert(database, $"成对 {i} A", $"成对 {i} B"));
                Interlocked.Increment(ref committed);
            }
        });
        while (Volatile.Read(ref committed) < 20)
        {
            await Task.Yield();
        }

        var backup = Path.Combine(_folder, "live.db");
        database.BackupTo(backup);
        await stop.CancelAsync();
        await writer;

        Assert.Null(DatabaseFileCheck.Check(backup).Reason);
        using var copy = new BotDatabase(backup);
        var texts = Texts(copy);
        Assert.Equal("起点", texts[0]);
        Assert.True(texts.Count > 40, $"only {texts.Count} notes in the backup");
        Assert.Equal(1, texts.Count % 2);
    }

    [Fact]
    public void A_database_left_with_its_log_file_by_a_crash_passes_the_check_and_keeps_the_last_writes()
    {
        var crashed = Path.Combine(_folder, "crashed", "civilitybot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(crashed)!);
        using (var running = new BotDatabase(DatabasePath))
        {
            Insert(running, "崩溃前写入");
            Assert.True(File.Exists(DatabaseFiles.LogPathOf(DatabasePath)));
            File.Copy(DatabasePath, crashed);
            File.Copy(DatabaseFiles.LogPathOf(DatabasePath), DatabaseFiles.LogPathOf(crashed));
        }

        using var recovered = new BotDatabase(crashed);

        Assert.Equal(["崩溃前写入"], Texts(recovered));
    }

    [Fact]
    public void BackupTo_AnExistingTarget_IsRefusedAndTheTargetKept()
    {
        using var database = new BotDatabase(DatabasePath);
        var target = Path.Combine(_folder, "exists.db");
        File.WriteAllText(target, "keep me");

        Assert.Throws<IOException>(() => database.BackupTo(target));

        Assert.Equal("keep me", File.ReadAllText(target));
    }

    [Fact]
    public void Backup_command_copies_a_stopped_database_and_the_copy_restores()
    {
        using (var database = new BotDatabase(DatabasePath))
        {
            Insert(database, "命令备份");
        }

        var target = Path.Combine(_folder, "cli.db");
        using var output = new StringWriter();

        var exitCode = DatabaseBackupCommand.Run(DatabasePath, target, output);

        Assert.Equal(0, exitCode);
        Assert.Contains(target, output.ToString(), StringComparison.Ordinal);
        Restore(target);
        using var restored = new BotDatabase(DatabasePath);
        Assert.Equal(["命令备份"], Texts(restored));
    }

    [Fact]
    public void Backup_command_refuses_while_the_bot_holds_the_database()
    {
        using var running = new BotDatabase(DatabasePath);
        Insert(running, "运行中");
        var target = Path.Combine(_folder, "cli.db");
        using var output = new StringWriter();

        var exitCode = DatabaseBackupCommand.Run(DatabasePath, target, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("in use", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Backup_command_on_a_damaged_database_says_so_and_writes_nothing()
    {
        File.WriteAllBytes(DatabasePath, []);
        var target = Path.Combine(_folder, "cli.db");
        using var output = new StringWriter();

        var exitCode = DatabaseBackupCommand.Run(DatabasePath, target, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("the file is empty", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Empty(File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public void BackUpNow_NamesTheBackupByUtcTimeAndKeepsOnlyTheNewest()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var database = new BotDatabase(DatabasePath);
        var schedule = new DatabaseBackupSchedule(
            Options.Create(new StorageOptions { BackupsKept = 2 }), database, new HostingEnvironment { ContentRootPath = _folder });
        var service = new DatabaseBackupService(database, schedule, time, NullLogger<DatabaseBackupService>.Instance);

        for (var i = 0; i < 3; i++)
        {
            Insert(database, $"第{i}次");
            Assert.NotNull(service.BackUpNow());
            time.Advance(TimeSpan.FromDays(1));
        }

        var kept = Directory.GetFiles(Path.Combine(_folder, "backups")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["civilitybot-20260303T080000Z.db", "civilitybot-20260304T080000Z.db"], kept);
    }

    private static int Insert(BotDatabase database, params string[] texts)
    {
        var notes = database.Collection<Note>("notes");
        foreach (var text in texts)
        {
            notes.Insert(new Note { Text = text });
        }

        return texts.Length;
    }

    private static List<string> Texts(BotDatabase database) =>
        database.Collection<Note>("notes").FindAll().OrderBy(n => n.Id).Select(n => n.Text).ToList();

    // README "Backup and restore": move the database and its log file away, copy the backup in its place.
    private void Restore(string backup)
    {
        var aside = Directory.CreateDirectory(Path.Combine(_folder, "damaged-" + Guid.NewGuid().ToString("N"))).FullName;
        File.Move(DatabasePath, Path.Combine(aside, "civilitybot.db"));
        if (File.Exists(DatabaseFiles.LogPathOf(DatabasePath)))
        {
            File.Move(DatabaseFiles.LogPathOf(DatabasePath), Path.Combine(aside, "civilitybot-log.db"));
        }

        File.Copy(backup, DatabasePath);
    }

    private sealed class Note
    {
        public int Id { get; set; }

        public string Text { get; set; } = string.Empty;
    }
}

using LiteDB;

namespace ChecklistSaves;

/// <summary>Counts what the stopped bot stored: audit rows, and the done revisions they must add up to.</summary>
internal static class StoredCount
{
    public static int Run(BenchmarkOptions options)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = options.Text("db"), ReadOnly = true });
        var audit = database.GetCollection("checklist_audit").Count();
        var revisions = database.GetCollection("checklist_states").FindAll().Sum(state => state["DoneRevision"].AsInt32);
        Console.WriteLine($"audit_rows_stored    {audit}");
        Console.WriteLine($"done_revisions_sum   {revisions}");
        return 0;
    }
}

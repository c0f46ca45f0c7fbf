namespace CivilityBot.People;

/// <summary>The last directory and installation outcome per roster person.</summary>
public interface IDirectoryRecordStore
{
    /// <summary>Null when the person was never looked up.</summary>
    DirectoryRecord? Find(string personName);

    IReadOnlyList<DirectoryRecord> All();

    /// <summary>Inserts or replaces the person's record.</summary>
    void Save(DirectoryRecord record);

    /// <summary>Changes the person's record under a lock (a new <see cref="DirectoryStatus.Unknown"/> one when none exists).</summary>
    DirectoryRecord Update(string personName, Func<DirectoryRecord, DirectoryRecord> change);
}

using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; relative paths resolve against the content root. Created on first run.</summary>
    [Required]
    public string Path { get; set; } = "App_Data/civilitybot.db";
}

using System.Collections.Concurrent;
using CivilityBot.Checklists;

namespace CivilityBot.Tests.Reminders;

/// <summary>Outstanding items by person; nobody listed has nothing outstanding.</summary>
internal sealed class FakeChecklistProgress : IChecklistProgress
{
    public ConcurrentDictionary<string, IReadOnlyList<OutstandingItem>> Items { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<OutstandingItem> OutstandingFor(string personName) => Items.GetValueOrDefault(personName) ?? [];

    /// <summary>Item 16 (two sub-criteria) and item 22 (one), like a typical owner.</summary>
    public static IReadOnlyList<OutstandingItem> Typical() =>
    [
        new(16, "志愿服务", "16.1", "志愿者注册比例达到在职职工的 20% 以上", 2),
        new(16, "志愿服务", "16.2", "每年开展志愿服务活动不少于 4 次", 2),
        new(22, "诚信建设", "22.1", "建立诚信档案，开展诚信教育", 2),
    ];
}

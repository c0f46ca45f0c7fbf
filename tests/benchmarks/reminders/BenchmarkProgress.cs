using CivilityBot.Checklists;

namespace ReminderBroadcastBenchmark;

/// <summary>Everyone has the same three open sub-criteria, so every message is a realistic card.</summary>
internal sealed class BenchmarkProgress : IChecklistProgress
{
    private static readonly IReadOnlyList<OutstandingItem> Items =
    [
        new(16, "志愿服务", "16.1", "志愿者注册比例达到在职职工的 20% 以上", 2),
        new(16, "志愿服务", "16.2", "每年开展志愿服务活动不少于 4 次", 2),
        new(22, "诚信建设", "22.1", "建立诚信档案，开展诚信教育", 2),
    ];

    public IReadOnlyList<OutstandingItem> OutstandingFor(string personName) => Items;
}

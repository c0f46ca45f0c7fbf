using CivilityBot.Knowledge.Rounds;

namespace CivilityBot.Tests.Knowledge.Rounds;

public class RoundDatesTests
{
    private static readonly CivilityBot.Knowledge.Campaign Seed = SeedCampaign.Campaign;

    [Fact]
    public void Read_TheWholeRound_SharesItOutInOrderWithoutGapsFromFirstToLastDay()
    {
        var (dates, problem) = RoundDates.Read(Seed, "2026-03-01 2026-06-30");

        Assert.Null(problem);
        Assert.Equal(3, dates!.Count);
        Assert.Equal(new DateOnly(2026, 3, 1), dates[0].Start);
        Assert.Equal(new DateOnly(2026, 6, 30), dates[^1].End);
        for (var index = 1; index < dates.Count; index++) Assert.Equal(dates[index - 1].End.AddDays(1), dates[index].Start);
        Assert.All(dates, range => Assert.True(range.End >= range.Start));
        Assert.True(dates[1].End.DayNumber - dates[1].Start.DayNumber > dates[2].End.DayNumber - dates[2].Start.DayNumber); // 全面落实 stays the longest
    }

    [Fact]
    public void Read_OneRangePerPhase_TakesThemAsWritten()
    {
        var (dates, _) = RoundDates.Read(Seed, "2026-03-01至2026-03-31 2026-04-01至2026-06-20，2026-06-21到2026-06-30");

        Assert.Equal([(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 20)), (new DateOnly(2026, 6, 21), new DateOnly(2026, 6, 30))], dates);
    }

    [Theory]
    [InlineData("", "日期请写作")]
    [InlineData("下个月", "日期请写作")]
    [InlineData("2026-03-01", "日期请写作")]
    [InlineData("2026-06-30 2026-03-01", "结束日期须晚于开始日期")]
    [InlineData("2026-03-01至2026-03-31 2026-04-01至2026-06-30", "本方案有3个阶段")]
    [InlineData("2026-13-01 2026-06-30", "无法识别")]
    public void Read_WhatCannotBeRead_GetsAChineseReason(string text, string reason)
    {
        var (dates, problem) = RoundDates.Read(Seed, text);

        Assert.Null(dates);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}

using CivilityBot.Cards.Model;
using CivilityBot.Knowledge;
using static CivilityBot.Knowledge.ReplyLanguage;

namespace CivilityBot.Tests.Knowledge;

/// <summary>Answers that show an inferred reading say so in a few words, with the printed form beside it.</summary>
public class ReadingAnswerTests
{
    private static readonly QuestionAnswerer Answerer = SeedCampaign.Answerer();

    [Theory]
    [InlineData("第24项", Chinese, "团委 宋衍（原文如此，疑为宋伟）", "办公室 宋伟", "团委 雷方（推断）", "工会 陈振红")]
    [InlineData("item 25", English, "团委 宋衍 (as printed; possibly 宋伟)", "团委 雷方 (inferred)")]
    [InlineData("第22项", Chinese, "质监站 廖亚辉（推断）", "住保中心 雷方（推断）", "第7类 文明实践和社会公益（名称为推断）")]
    [InlineData("第6项", Chinese, "机关党委 郭立芳（推断）", "机关纪委 周敬军")]
    [InlineData("第8项", Chinese, "8.1", "行政审批办 石勇 · 材料审核、问卷调查", "8.2", "机关纪委 周敬军 · 材料审核")]
    [InlineData("item 8", English, "行政审批办 石勇 · material review (材料审核), questionnaire (问卷调查)")]
    [InlineData("宋衍", Chinese, "宋衍", "第24–26项", "疑为宋伟")]
    [InlineData("宋伟负责哪些", Chinese, "宋伟（办公室）", "第24项")]
    [InlineData("雷方", Chinese, "住保中心（推断）、团委（推断）", "第22项")]
    [InlineData("石勇负责哪些", Chinese, "第8项 文明优质高效服务（8.1）", "第10项")]
    [InlineData("周敬军负责什么", Chinese, "第8项 文明优质高效服务（8.2）", "第9项")]
    [InlineData("哪些指标要问卷调查", Chinese, "第8项", "仅8.1")]
    [InlineData("政策法规科负责哪些", Chinese, "第20项", "骆虎")]
    [InlineData("法规科", Chinese, "又写作政策法规科", "第20项")]
    [InlineData("团委负责哪些", Chinese, "汪珂吉", "宋衍（原文如此，疑为宋伟）", "雷方（推断）")]
    [InlineData("文化涵育单位多少分", Chinese, "第6类 文化涵育单位", "子项合计12分（原表未标注）")]
    [InlineData("第7类", Chinese, "文明实践和社会公益（名称为推断）")]
    [InlineData("category 2", English, "name inferred")]
    [InlineData("数据检查", Chinese, "团委 宋衍（原文如此，疑为宋伟）是推断的", "按位置")]
    public void Answer_InferredReading_IsMarkedWhereShown(string question, ReplyLanguage language, params string[] expected)
    {
        var reply = Answerer.Answer(question);

        Assert.Equal(language, reply.Language);
        Assert.All(expected, fragment => Assert.Contains(fragment, reply.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_Indicator24_CardGivesTheReasonsInItsFootnote()
    {
        var card = CardJson.Serialize(Answerer.Answer("第24项").Card);

        Assert.Contains("推断说明", card, StringComparison.Ordinal);
        Assert.Contains("宋 衍", card, StringComparison.Ordinal);
        Assert.Contains("宋衍（原文如此，疑为宋伟）", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_SongWei_NeverSaysHeBelongsToTheYouthLeague()
    {
        var reply = Answerer.Answer("宋伟");

        Assert.DoesNotContain("团委", reply.Summary.Split('。')[0], StringComparison.Ordinal);
    }
}

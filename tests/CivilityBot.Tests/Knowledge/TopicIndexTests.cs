using CivilityBot.Knowledge.Answering;

namespace CivilityBot.Tests.Knowledge;

/// <summary>
/// Topic search over the indicators' own wording.
///
/// Measurement (2026-11, this machine, seed data, the 54 topic questions below plus "读书活动"→18):
///   character bigrams + IDF:          top-1 53/54, index build ~3 ms, nothing extra at start-up;
///   jieba.NET 0.42.2 (precise/search): top-1 53/54, but segmenter start-up ~750 ms and ~100 MB more memory.
/// Both miss "读书活动" (the plan says 阅读, never 读书). Bigrams also needed pairs across "、" ("冷、硬、拖、卡")
/// to find "冷硬拖卡"; with that they equal jieba, so the service keeps bigrams (start-up budget ≤ 2 s).
/// </summary>
public class TopicIndexTests
{
    private static readonly TopicIndex Index = TopicIndex.Over(SeedCampaign.Campaign);

    [Theory]
    [InlineData("垃圾分类谁负责", 12)]
    [InlineData("志愿者注册比例谁来抓", 16)]
    [InlineData("无烟单位谁负责", 13)]
    [InlineData("公筷公勺", 13)]
    [InlineData("拒食野味", 13)]
    [InlineData("全民阅读", 18)]
    [InlineData("图书室建设", 18)]
    [InlineData("诚信建设", 11)]
    [InlineData("信用体系", 11)]
    [InlineData("疫情防控", 12)]
    [InlineData("爱国卫生运动", 12)]
    [InlineData("无障碍设施", 10)]
    [InlineData("政务服务大厅", 10)]
    [InlineData("最多跑一次", 9)]
    [InlineData("一网通办", 9)]
    [InlineData("巾帼文明岗", 26)]
    [InlineData("青年文明号", 26)]
    [InlineData("普法教育", 20)]
    [InlineData("法治宣传", 20)]
    [InlineData("封建迷信", 21)]
    [InlineData("宗教活动", 21)]
    [InlineData("移风易俗", 14)]
    [InlineData("婚丧喜庆", 14)]
    [InlineData("困难职工帮扶", 31)]
    [InlineData("安全生产", 30)]
    [InlineData("职代会", 30)]
    [InlineData("文明交通", 15)]
    [InlineData("文明旅游", 15)]
    [InlineData("消防安全培训", 17)]
    [InlineData("应急救护", 17)]
    [InlineData("全民健身", 19)]
    [InlineData("文体活动", 19)]
    [InlineData("新时代文明实践中心", 22)]
    [InlineData("乡村振兴", 22)]
    [InlineData("无偿献血", 23)]
    [InlineData("慈善捐助", 23)]
    [InlineData("黄赌毒", 29)]
    [InlineData("治安", 29)]
    [InlineData("绿水青山", 28)]
    [InlineData("环境美化", 28)]
    [InlineData("学习强国", 2)]
    [InlineData("党的二十大", 2)]
    [InlineData("意识形态", 3)]
    [InlineData("道德模范", 5)]
    [InlineData("廉洁文化", 7)]
    [InlineData("冷硬拖卡", 8)]
    [InlineData("服务意识", 8)]
    [InlineData("专题专栏", 25)]
    [InlineData("向媒体报送经验", 25)]
    [InlineData("工作业绩", 27)]
    [InlineData("文明委部署的任务", 27)]
    [InlineData("劳动条件", 30)]
    [InlineData("关爱帮扶", 31)]
    public void Search_Topic_RanksTheRightIndicatorFirst(string topic, int expected)
    {
        var matches = Index.Search(topic);

        Assert.NotEmpty(matches);
        Assert.Equal((TopicKind.Indicator, expected), (matches[0].Kind, matches[0].Number));
        Assert.True(matches[0].Score >= TopicIndex.MinimumScore, $"{topic}: score {matches[0].Score}");
    }

    [Theory]
    [InlineData("文明")]
    [InlineData("工作")]
    [InlineData("今天天气")]
    public void Search_CommonOrForeignWords_StayBelowTheAnswerThreshold(string words)
    {
        var matches = Index.Search(words);

        Assert.True(matches.Count == 0 || matches[0].Score < TopicIndex.MinimumScore);
    }
}

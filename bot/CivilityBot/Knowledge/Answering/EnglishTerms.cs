namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// English words people use for the plan's Chinese terms. Topics map to words that appear in the indicators' text, so
/// an English question can be searched like a Chinese one.
/// </summary>
internal static class EnglishTerms
{
    public static readonly IReadOnlyList<(string English, string Chinese)> Topics =
    [
        ("garbage", "垃圾分类"), ("rubbish", "垃圾分类"), ("waste", "垃圾分类"), ("trash", "垃圾分类"), ("recycl", "垃圾分类"),
        ("volunteer", "志愿者注册 志愿服务"), ("lei feng", "学雷锋"), ("smok", "无烟单位"), ("tobacco", "无烟单位"),
        ("dining", "文明餐桌 公筷公勺"), ("chopstick", "公筷公勺"), ("wild animal", "拒食野味"), ("reading", "全民阅读 阅览室"),
        ("book", "图书室 阅读"), ("library", "图书室 阅览室"), ("fitness", "全民健身"), ("sport", "全民健身 文体活动"),
        ("integrity", "诚信"), ("credit", "信用体系 诚信"), ("honest", "诚信"), ("epidemic", "疫情防控"), ("covid", "疫情防控"),
        ("hygiene", "爱国卫生运动"), ("sanitation", "爱国卫生运动"), ("wedding", "婚丧喜庆"), ("funeral", "婚丧喜庆"),
        ("traffic", "文明交通"), ("travel", "文明旅游"), ("tourism", "文明旅游"), ("online", "文明上网 一网通办"),
        ("etiquette", "文明礼仪"), ("manners", "文明礼仪"), ("rule of law", "法治宣传 普法教育"), ("legal education", "普法教育"),
        ("science", "科学精神 科学知识"), ("superstition", "封建迷信"), ("religio", "宗教活动"), ("first aid", "应急救护"),
        ("fire", "消防安全"), ("national defen", "国防知识"), ("safety training", "应急救护 消防安全"),
        ("work safety", "安全生产"), ("occupational", "职业健康"), ("health", "职业健康 健康素质"), ("democratic", "民主管理 职代会"),
        ("staff in difficulty", "困难干部职工 关爱帮扶"), ("hardship", "困难干部职工 关爱帮扶"), ("care", "关爱帮扶"),
        ("environment", "环境整洁 保护环境"), ("green", "绿化 绿水青山"), ("ecolog", "生态文明"), ("clean workplace", "环境整洁"),
        ("security", "内部治安"), ("gambling", "黄赌毒"), ("drug", "黄赌毒"), ("porn", "扫黄打非 黄赌毒"),
        ("ideolog", "意识形态"), ("xi jinping", "习近平新时代中国特色社会主义思想"), ("20th", "党的二十大"),
        ("party congress", "党的二十大"), ("study", "学习教育 理论学习"), ("xuexi qiangguo", "学习强国"), ("core values", "社会主义核心价值观"),
        ("core socialist", "社会主义核心价值观"), ("role model", "先进典型 道德模范"), ("moral", "道德模范 公民道德"),
        ("party building", "党建+文明创建 党的政治建设"), ("corruption", "党风廉政建设 廉洁文化"), ("clean government", "党风廉政建设"),
        ("service window", "窗口单位"), ("window", "窗口单位"), ("accessib", "无障碍设施"), ("barrier-free", "无障碍设施"),
        ("disab", "残疾人 无障碍设施"), ("elderly", "老年人 无障碍设施"), ("one-stop", "一站式"), ("one stop", "一站式"),
        ("quality service", "优质服务 服务意识"), ("publicity", "宣传方式 专题专栏"), ("website", "网站 专题专栏"), ("media", "媒体 自媒体"),
        ("civilization practice", "新时代文明实践中心"), ("civilized city", "文明城市"), ("rural revitali", "乡村振兴"),
        ("charity", "慈善捐助"), ("blood", "无偿献血"), ("left-behind", "留守儿童"), ("community", "社区服务"),
        ("women", "巾帼文明岗"), ("youth", "青年文明号"), ("civilized office", "文明科室"), ("performance", "工作业绩"),
        ("leadership", "领导班子 领导体制"), ("plan", "总体规划"), ("culture", "职工文化 文化阵地"),
        ("canteen", "食堂"), ("cafeteria", "食堂"), ("dining hall", "食堂"), ("honour room", "荣誉室"), ("honor room", "荣誉室"),
        ("fund", "经费"), ("budget", "经费"), ("money", "经费"), ("expense", "经费"), ("spending", "经费"),
        ("supervis", "督查"), ("accountab", "问责"), ("archiv", "归档 资料"), ("records", "归档 资料"), ("filing", "归档"),
        ("bulletin board", "宣传栏"), ("noticeboard", "宣传栏"), ("notice board", "宣传栏"), ("brochure", "宣传册"), ("poster", "宣传海报"),
        ("coordinat", "综合协调"), ("volunteer team", "志愿者服务队"), ("commend", "表彰奖励"), ("reward", "表彰奖励"),
        ("retire", "离退休人员活动室"), ("staff home", "职工之家"), ("guiding idea", "指导思想"), ("drafting", "材料起草"),
    ];

    public static readonly IReadOnlyList<(string English, string Department)> Departments =
    [
        ("general office", "办公室"), ("the office", "办公室"), ("trade union", "工会"), ("union", "工会"),
        ("youth league", "团委"), ("personnel", "人事科"), ("human resources", "人事科"), ("hr", "人事科"),
        ("party committee", "机关党委"), ("discipline", "机关纪委"), ("approval", "行政审批办"), ("legal section", "法规科"),
        ("regulations", "法规科"), ("water supply", "供排水科"), ("quality and safety", "质安科"), ("quality supervision", "质监站"),
        ("housing security", "住保中心"), ("office", "办公室"),
    ];

    public static readonly IReadOnlyList<(string English, string Method)> Methods =
    [
        ("questionnaire", "问卷调查"), ("survey", "问卷调查"), ("site inspection", "实地考察"), ("site visit", "实地考察"),
        ("on-site", "实地考察"), ("on site", "实地考察"), ("field visit", "实地考察"), ("material review", "材料审核"),
        ("materials review", "材料审核"), ("document review", "材料审核"), ("paperwork", "材料审核"), ("review of materials", "材料审核"),
    ];

    private static readonly Dictionary<string, string> MethodNames = new()
    {
        ["材料审核"] = "material review",
        ["实地考察"] = "site inspection",
        ["问卷调查"] = "questionnaire",
    };

    /// <summary>"material review (材料审核)" for known methods; other methods stay as written.</summary>
    public static string Method(string chinese) =>
        MethodNames.TryGetValue(chinese, out var english) ? $"{english} ({chinese})" : chinese;
}

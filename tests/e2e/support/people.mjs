// People from the work plan's roster, as Teams would present them (display name + Entra object id).
// The object ids are made up.
export const people = {
  liuBin: { id: '29:e2e-liu-bin', name: '刘斌', aadObjectId: 'a0000000-0000-4000-8000-000000000001' },
  wangKeji: { id: '29:e2e-wang-keji', name: '汪珂吉', aadObjectId: 'a0000000-0000-4000-8000-000000000002' },
  songWei: { id: '29:e2e-song-wei', name: '宋伟', aadObjectId: 'a0000000-0000-4000-8000-000000000003' },
  yanTaobao: { id: '29:e2e-yan-taobao', name: '晏桃保', aadObjectId: 'a0000000-0000-4000-8000-000000000004' },
  chenZhenhong: { id: '29:e2e-chen-zhenhong', name: '陈振红', aadObjectId: 'a0000000-0000-4000-8000-000000000005' },
  leiFang: { id: '29:e2e-lei-fang', name: '雷方', aadObjectId: 'a0000000-0000-4000-8000-000000000006' },
  zhouJingjun: { id: '29:e2e-zhou-jingjun', name: '周敬军', aadObjectId: 'a0000000-0000-4000-8000-000000000007' },
};

export const tenantId = 'e2e00000-0000-4000-8000-000000000000';

import { canonicalUrl, siteOf } from '@/lib/db/canonical-url';
import { postingContentHash } from '@/lib/db/repo';
import { Posting, Role } from '@/lib/db/schemas';

/** A valid saved posting; tests override the fields they are about. */
export function posting(over: Partial<Posting> & { id: string }): Posting {
  const base = {
    title: '淘宝运营专员',
    company: '杭州某某电子商务有限公司',
    location: '杭州',
    salary: null,
    experienceYears: null,
    education: null,
    skills: [],
    duties: ['负责店铺商品上下架与活动报名'],
    requirements: ['1年以上电商运营经验'],
    preferred: [],
    source: 'text',
    url: '',
    body: '',
    roleId: null,
    roleScore: null,
    roleAssignedBy: null,
    candidates: [],
    tags: [],
    note: '',
    clippedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
  return Posting.parse({
    ...base,
    canonicalUrl: over.canonicalUrl ?? canonicalUrl(base.url),
    site: over.site ?? siteOf(base.url),
    contentHash: over.contentHash ?? postingContentHash(base),
  });
}

/** A small role in the shape of the built-in library (duties and requirement items with ids). */
export function role(over: Partial<Role> = {}): Role {
  return Role.parse({
    id: 'designer',
    nameZh: '美工',
    nameEn: 'Designer',
    department: '设计',
    aliases: ['美工', '视觉设计'],
    duties: [
      { id: 'd-home', text: '负责店铺首页和详情页的设计与装修', textEn: 'Design the store home and detail pages' },
      { id: 'd-main', text: '制作商品主图、海报和活动页面', textEn: 'Make product images, posters and campaign pages' },
      { id: 'd-retouch', text: '负责产品图片的后期修图', textEn: 'Retouch product photos' },
    ],
    requirements: {
      experienceYears: { min: 1, max: null },
      education: 'associate',
      skills: ['Photoshop', 'C4D'],
      items: [
        { id: 'r-tools', text: '熟练使用Photoshop、C4D等设计软件', textEn: 'Fluent in Photoshop and C4D' },
        { id: 'r-portfolio', text: '能提供个人作品集', textEn: 'A portfolio' },
      ],
    },
    sources: [],
    origin: 'builtin',
    builtinVersion: 1,
    edited: false,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  });
}
